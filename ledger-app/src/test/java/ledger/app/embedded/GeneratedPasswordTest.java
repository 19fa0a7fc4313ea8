package ledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import ledger.app.DataDirectories;
import org.junit.jupiter.api.Test;

/** A database made before the generated password existed, with an empty one, gets the generated password. */
class GeneratedPasswordTest {

    @Test
    void anExistingDatabaseWithAnEmptyPasswordGetsTheGeneratedOneAndKeepsIt() throws Exception {
        Path dataDir = DataDirectories.fresh("old-database");
        String url = "jdbc:h2:file:" + dataDir.resolve("ledger");
        try (var connection = DriverManager.getConnection(url, "ledger", "")) {
            connection.createStatement().execute("CREATE TABLE kept (id INT)");
        }

        String password = GeneratedPassword.of(dataDir, url, "ledger");

        assertThat(Files.getPosixFilePermissions(dataDir.resolve(GeneratedPassword.FILE_NAME)))
                .isEqualTo(PrivateFiles.FILE);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "ledger", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (var connection = DriverManager.getConnection(url, "ledger", password)) {
            assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
        }
        assertThat(GeneratedPassword.of(dataDir, url, "ledger")).as("the password at the next start")
                .isEqualTo(password);
    }

    @Test
    void aNewDataDirectoryGetsAPasswordAndNoDatabaseYet() {
        Path dataDir = DataDirectories.fresh("new-database");

        String password = GeneratedPassword.of(dataDir, "jdbc:h2:file:" + dataDir.resolve("ledger"), "ledger");

        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dataDir.resolve("ledger.mv.db")).doesNotExist();
    }
}
