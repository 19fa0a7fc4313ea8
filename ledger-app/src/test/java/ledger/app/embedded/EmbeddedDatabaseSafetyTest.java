package ledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default is safe by default: the data directory and its files belong to the ledger's user
 * alone, the database has a generated password and no empty one, and H2 listens on no port.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EmbeddedDatabaseSafetyTest {

    /** Not created yet: the ledger creates it. */
    private static final Path DATA_DIR = DataDirectories.fresh("embedded").resolve("data");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @Test
    void theDataDirectoryAndEveryFileInItAreTheLedgersUsersOnly() throws IOException {
        assertThat(PrivateFiles.posix()).as("a POSIX file system").isTrue();
        assertThat(Files.getPosixFilePermissions(DATA_DIR)).isEqualTo(PrivateFiles.DIRECTORY);
        List<Path> files = files();
        assertThat(files).extracting(path -> path.getFileName().toString())
                .contains("ledger.mv.db", GeneratedPassword.FILE_NAME);
        for (Path file : files) {
            assertThat(Files.getPosixFilePermissions(file)).as("permissions of %s", file).isEqualTo(PrivateFiles.FILE);
        }
    }

    @Test
    void theDatabaseRefusesTheEmptyPasswordAndTakesTheGeneratedOne() throws Exception {
        String password = Files.readString(DATA_DIR.resolve(GeneratedPassword.FILE_NAME)).strip();

        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "ledger", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (var connection = DriverManager.getConnection(url(), "ledger", password)) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    /** With AUTO_SERVER H2 locks the file with a lock file that names the address and port it listens on. */
    @Test
    void h2ListensOnNoPort() throws IOException {
        assertThat(files()).extracting(path -> path.getFileName().toString())
                .noneMatch(name -> name.endsWith(".lock.db"));
    }

    private static String url() {
        return "jdbc:h2:file:" + DATA_DIR.resolve("ledger");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> paths = Files.walk(DATA_DIR)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
