package ledger.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import ledger.refusal.InvalidInput;

/**
 * The policies of every region the ledger serves, read from JSON files: the defaults shipped in
 * {@code policy/} on the classpath, each replaceable (or joined by a new region) by a file
 * {@code REGION.json} in an operator's policy directory.
 */
public final class PolicyCatalog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String SHIPPED_INDEX = "policy/regions.txt";

    private final Map<String, RegionPolicy> regions;

    private PolicyCatalog(Map<String, RegionPolicy> regions) {
        this.regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    public static PolicyCatalog of(RegionPolicy... policies) {
        Map<String, RegionPolicy> byRegion = new TreeMap<>();
        Arrays.stream(policies).forEach(policy -> byRegion.put(policy.region(), policy));
        return new PolicyCatalog(byRegion);
    }

    /** The shipped defaults of domain-rules §2. */
    public static PolicyCatalog shipped() {
        return withOverrides(Optional.empty());
    }

    /** The shipped defaults, with every {@code *.json} file of the directory laid over them. */
    public static PolicyCatalog withOverrides(Optional<Path> directory) {
        Map<String, RegionPolicy> byRegion = new TreeMap<>();
        shippedRegionNames().forEach(name -> put(byRegion, readShipped(name)));
        directory.ifPresent(dir -> overrideFiles(dir).forEach(file -> put(byRegion, readFile(file))));
        return new PolicyCatalog(byRegion);
    }

    public RegionPolicy region(String region) {
        RegionPolicy policy = regions.get(region);
        if (policy == null) {
            throw new InvalidInput("unknown-region",
                    "unknown region \"" + region + "\"; the ledger has policies for " + regions.keySet());
        }
        return policy;
    }

    public List<String> regionNames() {
        return List.copyOf(regions.keySet());
    }

    private static void put(Map<String, RegionPolicy> byRegion, RegionPolicy policy) {
        byRegion.put(policy.region(), policy);
    }

    private static List<String> shippedRegionNames() {
        try (InputStream in = resource(SHIPPED_INDEX)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RegionPolicy readShipped(String region) {
        try (InputStream in = resource("policy/" + region + ".json")) {
            return JSON.readValue(in, RegionPolicy.class);
        } catch (IOException e) {
            throw new IllegalStateException("shipped policy of " + region + " is unreadable", e);
        }
    }

    private static List<Path> overrideFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list policy directory " + directory, e);
        }
    }

    private static RegionPolicy readFile(Path file) {
        try {
            return JSON.readValue(file.toFile(), RegionPolicy.class);
        } catch (IOException e) {
            throw new IllegalStateException("policy file " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PolicyCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + name);
        }
        return in;
    }
}
