package ledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh data directories for test applications, under {@code target/} so that {@code mvn clean}
 * removes them and no H2 file outlives the build elsewhere.
 */
public final class DataDirectories {

    private static final Path ROOT = Path.of("target", "test-data");

    private DataDirectories() {
    }

    public static Path fresh(String label) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, label + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory under " + ROOT, e);
        }
    }
}
