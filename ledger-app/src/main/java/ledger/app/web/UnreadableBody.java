package ledger.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ledger.interest.Quarter;

/**
 * Says what is wrong with a request body that could not be read, in the API's words: the field,
 * what it must be, never the Java types behind it.
 */
final class UnreadableBody {

    private static final Map<Class<?>, String> FORMS = Map.of(
            LocalDate.class, "a date YYYY-MM-DD",
            YearMonth.class, "a month YYYY-MM",
            OffsetDateTime.class, "an instant ISO-8601 with offset, such as 2024-05-01T10:00:00+08:00",
            Quarter.class, "a quarter YYYY-Qn");
    /** A qualified Java name as Jackson quotes it: {@code `java.time.LocalDate`}, {@code ledger.x.Y$Z}. */
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+(?:[A-Za-z0-9_]+\\$)*([A-Za-z0-9_]+)`?");

    private UnreadableBody() {
    }

    /**
     * What to describe: the deepest of Jackson's input mismatches, which knows the field, else the
     * root cause. The root cause alone of an unreadable date (a {@code DateTimeException} "Invalid
     * date 'FEBRUARY 30'") has lost the field's name.
     */
    static Throwable failureOf(Throwable unreadable) {
        Throwable mismatch = null;
        Throwable root = unreadable;
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            mismatch = cause instanceof MismatchedInputException ? cause : mismatch;
            root = cause;
        }
        return mismatch != null ? mismatch : root;
    }

    static String describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "field " + path(unknown) + " is not a field of this request; its fields are "
                    + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList());
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "field " + path(invalid) + ": \"" + invalid.getValue() + "\" is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (cause instanceof InvalidFormatException invalid && FORMS.containsKey(invalid.getTargetType())) {
            return "field " + path(invalid) + ": \"" + invalid.getValue() + "\" is not "
                    + FORMS.get(invalid.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatched && jacksonsOwnWords(mismatched)) {
            return inJacksonsStead(mismatched);
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "field " + path(mismatched) + ": " + withoutJavaNames(mismatched.getOriginalMessage());
        }
        return cause.getMessage() == null ? "the request body is not valid JSON"
                : withoutJavaNames(firstLine(cause.getMessage()));
    }

    /**
     * Jackson's own messages ("Cannot map `null` into type `boolean` (set DeserializationFeature...)",
     * "Cannot deserialize value of type ...") speak of Java types; the ledger's own ones never start so.
     */
    private static boolean jacksonsOwnWords(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Cannot ");
    }

    private static String inJacksonsStead(MismatchedInputException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return "the request body must be a JSON object";
        }
        String missing = e.getOriginalMessage().contains("`null`") ? " is required and" : "";
        return "field " + field + missing + " must be " + formOf(e.getTargetType());
    }

    private static String formOf(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type != null && FORMS.containsKey(type)) {
            return FORMS.get(type);
        }
        if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
            return "a JSON array";
        }
        return type == String.class ? "a JSON string" : "of the type the API contract gives it";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String withoutJavaNames(String message) {
        return JAVA_NAME.matcher(message).replaceAll("$1");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
