package ledger.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory and its files, readable by the ledger's own user only (0700 and 0600), where the
 * file system has POSIX permissions. H2 creates its files with the process's umask; the directory
 * keeps every other user out of them from the start, and {@link #restrict} tightens the files too.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The data directory holds the database, its password and its lock: a bound on what is walked. */
    private static final int MAX_DEPTH = 4;

    private PrivateFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (and missing parents) as 0700, or restricts it to 0700 if it exists. */
    public static void directory(Path directory) {
        try {
            if (!posix()) {
                Files.createDirectories(directory);
            } else if (Files.isDirectory(directory)) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
            } else {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or restrict the data directory " + directory, e);
        }
    }

    /** Writes a new file created as 0600, atomically: a reader finds the whole text or no file. */
    static void write(Path file, String text) {
        try {
            FileAttribute<?>[] privately = posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                    : new FileAttribute<?>[0];
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial", privately);
            Files.writeString(partial, text);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates a new, empty file as 0600, for a writer that fills it afterwards (an uploaded roster). */
    public static Path create(Path file) {
        try {
            return posix() ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** Restricts every directory under this one to 0700 and every file to 0600. */
    static void restrict(Path directory) {
        if (!posix() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory, MAX_DEPTH)) {
            paths.forEach(path -> {
                try {
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot restrict " + path, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data directory " + directory, e);
        }
    }
}
