package ledger.limits;

import java.util.regex.Pattern;
import ledger.refusal.InvalidInput;

/**
 * The region a transfer comes from. It may be any pooling region of China (统筹区), not only the
 * ledger's own, so it is a closed form rather than a closed list: 2 to 32 upper-case letters, digits
 * or '_', such as {@code GUANGZHOU} or the administrative division code {@code 440100}.
 */
public final class RegionCode {

    public static final String REGEX = "[A-Z0-9][A-Z0-9_]{1,31}";
    private static final Pattern FORM = Pattern.compile(REGEX);

    private RegionCode() {
    }

    public static void check(String field, String region) {
        if (region != null && !FORM.matcher(region).matches()) {
            throw new InvalidInput("invalid-region-code", field + " is a region code of 2 to 32 upper-case letters, "
                    + "digits or '_' (such as GUANGZHOU or 440100); got \"" + region + "\"");
        }
    }
}
