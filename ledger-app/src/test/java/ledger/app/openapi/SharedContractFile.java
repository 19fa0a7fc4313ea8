package ledger.app.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints of the shared contract's own text (api-contract.md, outside this repository): every
 * {@code `METHOD /api/...`} it names, with the input names of its {@code `{...}`} body or its query.
 */
final class SharedContractFile {

    /** Where the lead's checkout finds it: beside the repository (../shared), or -Dledger.api-contract. */
    static final Path LOCATION = Path.of(System.getProperty("ledger.api-contract", "../../shared/api-contract.md"));

    private static final Pattern ENDPOINT = Pattern.compile(
            "`(GET|POST|PUT|DELETE) (/api/[^`?\\s]*)(\\?[^`]*)?`(?: `\\{([^`]*)}`)?");
    private static final Pattern QUERY_NAME = Pattern.compile("(\\w+)=");

    private SharedContractFile() {
    }

    /** {@code METHOD /path/{}/...} → the input names the contract gives it (none: an empty set). */
    static Map<String, Set<String>> endpoints() throws IOException {
        Map<String, Set<String>> endpoints = new TreeMap<>();
        Matcher endpoint = ENDPOINT.matcher(Files.readString(LOCATION));
        while (endpoint.find()) {
            Set<String> inputs = endpoints.computeIfAbsent(endpoint.group(1) + " "
                    + endpoint.group(2).replaceAll("\\{[^}]+}", "{}"), key -> new TreeSet<>());
            if (endpoint.group(3) != null) {
                QUERY_NAME.matcher(endpoint.group(3)).results().forEach(name -> inputs.add(name.group(1)));
            }
            if (endpoint.group(4) != null) {
                for (String field : endpoint.group(4).split(",\\s*")) {
                    inputs.add(field.replaceAll("[?]?(:.*)?$", "").strip());
                }
            }
        }
        return endpoints;
    }
}
