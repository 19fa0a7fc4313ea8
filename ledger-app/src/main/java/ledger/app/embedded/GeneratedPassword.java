package ledger.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's password when none is configured: generated on the first start, kept in
 * {@value #FILE_NAME} in the data directory (0600, the ledger's user only) and read from there at every
 * later start, by the service and the batch command alike. A database created before this file existed
 * (with an empty password) is given the generated password on the first start that finds it.
 */
final class GeneratedPassword {

    static final String FILE_NAME = "database-password";

    private static final Logger log = LoggerFactory.getLogger(GeneratedPassword.class);
    private static final int RANDOM_BYTES = 32;
    /** H2's error code for "Database ... not found" when asked to open an existing one only. */
    private static final int DATABASE_NOT_FOUND = 90146;

    private GeneratedPassword() {
    }

    static String of(Path dataDir, String url, String user) {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        String password = generated();
        PrivateFiles.write(file, password);
        setOnExistingDatabase(url, user, password, file);
        return password;
    }

    /** A password the database does not have must not be found at the next start. */
    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.error("cannot remove {}, whose password the database does not have; remove it by hand", file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database password from " + file, e);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password is URL-safe Base64: it needs no escaping inside the quoted literal. */
    private static void setOnExistingDatabase(String url, String user, String password, Path file) {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD '"
                    + password + "'");
            log.warn("The embedded database had an empty password; it now has the one generated in {}", file);
        } catch (SQLException e) {
            if (e.getErrorCode() != DATABASE_NOT_FOUND) {
                forget(file);
                throw new IllegalStateException("cannot set the generated password (" + file + ") on the existing "
                        + "database " + url + ": " + e.getMessage(), e);
            }
        }
    }
}
