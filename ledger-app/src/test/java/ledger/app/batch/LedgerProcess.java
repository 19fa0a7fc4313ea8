package ledger.app.batch;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged ledger ({@code target/ledger-app.jar}, built by {@code mvn install}) run as a separate
 * JVM, the way operators run it: as the HTTP service, or as a one-shot batch command. Its output goes
 * to a log file next to its data directory, quoted in every failure. {@link #close} always kills it.
 */
public final class LedgerProcess implements AutoCloseable {

    /** Small and single-tiered: the machine is shared, and the tests need a start more than speed. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-Daxoniq.update-checker.disabled=true");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String label;
    private final Process process;
    private final Path log;
    private final int port;

    private LedgerProcess(String label, Process process, Path log, int port) {
        this.label = label;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The jar {@code mvn install} builds, relative to the module directory (surefire's working directory). */
    public static Path jar() {
        return Path.of("target", "ledger-app.jar").toAbsolutePath();
    }

    public static String missingJarMessage() {
        return jar() + " is missing: build it first with `mvn -B -q install -Dmaven.test.skip=true` "
                + "(this test runs the packaged application as a separate JVM)";
    }

    /** The HTTP service on a free port over the data directory, with these further arguments. */
    public static LedgerProcess server(String label, Path dataDir, String... arguments) {
        int port = freePort();
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--server.port=" + port);
        all.add("--ledger.data-dir=" + dataDir);
        return start(label, dataDir, port, all);
    }

    /** A one-shot batch command ({@code --ledger.batch.command=...}) over the data directory. */
    static LedgerProcess command(String label, Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--ledger.data-dir=" + dataDir);
        return start(label, dataDir, -1, all);
    }

    private static LedgerProcess start(String label, Path dataDir, int port, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(arguments);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + label + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new LedgerProcess(label, process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Waits until the service answers its health check; fails if it dies or takes too long, quoting the log
     * and, for a service that runs but never gets ready, its last health answer and its threads.
     */
    public LedgerProcess awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        String lastAnswer = "none";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the ledger (%s) exited with %d before it was ready:%n%s", label, process.exitValue(), logTail());
            }
            lastAnswer = health();
            if (lastAnswer.startsWith("200 ")) {
                return this;
            }
            BatchSteps.pause(250);
        }
        return fail("the ledger (%s) was not ready within %s; its last health answer: %s%n%s%n%s", label, atMost,
                lastAnswer, logTail(), threads());
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** A graceful stop (SIGTERM): Spring closes the context and the database. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) {
            process.destroyForcibly();
            fail("the ledger (%s) did not stop within 60 s of SIGTERM:%n%s", label, logTail());
        }
    }

    /** Waits for a one-shot command to end and answers its exit code; kills it and fails after {@code atMost}. */
    int exitCode(Duration atMost) {
        if (!awaitExit(atMost)) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
            fail("the batch command (%s) did not end within %s:%n%s", label, atMost, logTail());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The last lines of the log, for failure messages. */
    public String logTail() {
        String[] lines = logText().split("\n");
        int from = Math.max(0, lines.length - 60);
        return "---- last lines of " + log + " ----\n" + String.join("\n", List.of(lines).subList(from, lines.length));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    private boolean awaitExit(Duration atMost) {
        try {
            return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for " + label, e);
        }
    }

    /** The health check's status and body, or why there was none. */
    private String health() {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + label, e);
        }
    }

    /** The running JVM's threads and their stacks ({@code jcmd Thread.print}), for a service stuck somewhere. */
    private String threads() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(30, TimeUnit.SECONDS);
            return "---- threads of the ledger (" + label + ") ----\n" + text;
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(thread dump interrupted)";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    @Override
    public String toString() {
        return "ledger (" + label + ", pid " + process.pid() + (port > 0 ? ", port " + port : "") + ")";
    }
}
