package ledger.app.nodes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import ledger.limits.IdFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this ledger process among the nodes that share one database ({@code ledger.node-id},
 * default the host name). It owns the segments this node's event processors claim in the token store,
 * so two processes must never share one: nodes on one host are given names of their own
 * (docs/operations.md, "Several nodes").
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${ledger.node-id:}") String configured) {
        String name = configured.isBlank() ? hostName() : configured;
        if (!IdFormat.isValid(name)) {
            throw new IllegalStateException("ledger.node-id \"" + name + "\" " + IdFormat.MESSAGE);
        }
        this.name = name;
    }

    public String value() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("the host has no name; set ledger.node-id", e);
        }
    }
}
