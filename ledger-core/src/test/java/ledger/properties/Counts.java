package ledger.properties;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How often each kind of command, answer and refusal came up over all of a run's tries, printed after
 * the run passes: a generator change must still reach the rules it is meant to reach.
 */
final class Counts {

    private final Map<String, Map<String, Integer>> byLabel = new TreeMap<>();

    void count(String label, Object... values) {
        String key = Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(" "));
        byLabel.computeIfAbsent(label, ignored -> new TreeMap<>()).merge(key, 1, Integer::sum);
    }

    /** One line a label: "label: value 12, other value 3". */
    @Override
    public String toString() {
        return byLabel.entrySet().stream().map(label -> label.getKey() + ": " + label.getValue().entrySet().stream()
                        .map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
