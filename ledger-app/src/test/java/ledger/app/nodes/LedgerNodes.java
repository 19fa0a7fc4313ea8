package ledger.app.nodes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ledger.app.DataDirectories;
import ledger.app.batch.LedgerProcess;
import ledger.app.http.LedgerHttp;

/** Several packaged ledgers as processes of their own on one database, each named {@code node-N}. */
public final class LedgerNodes implements AutoCloseable {

    private final List<LedgerProcess> processes;

    private LedgerNodes(List<LedgerProcess> processes) {
        this.processes = processes;
    }

    public static Path jar() {
        return LedgerProcess.jar();
    }

    public static String missingJarMessage() {
        return LedgerProcess.missingJarMessage();
    }

    /** Starts them all at once, then waits until each answers its health check. */
    public static LedgerNodes started(int count, List<String> database, Duration atMost) {
        List<LedgerProcess> processes = new ArrayList<>();
        LedgerNodes nodes = new LedgerNodes(processes);
        for (int i = 0; i < count; i++) {
            List<String> arguments = new ArrayList<>(database);
            arguments.add("--ledger.node-id=" + name(i));
            processes.add(LedgerProcess.server(name(i), DataDirectories.fresh(name(i)),
                    arguments.toArray(String[]::new)));
        }
        try {
            processes.forEach(process -> process.awaitReady(atMost));
        } catch (RuntimeException | AssertionError failed) {
            nodes.close();
            throw failed;
        }
        return nodes;
    }

    public String nameOf(int node) {
        return name(node);
    }

    public int indexOf(String name) {
        return Integer.parseInt(name.substring("node-".length())) - 1;
    }

    public int port(int node) {
        return processes.get(node).port();
    }

    public LedgerHttp http(int node) {
        return LedgerHttp.onPort(processes.get(node).port());
    }

    public void kill(int node) {
        processes.get(node).kill();
    }

    @Override
    public void close() {
        processes.forEach(LedgerProcess::close);
    }

    private static String name(int node) {
        return "node-" + (node + 1);
    }
}
