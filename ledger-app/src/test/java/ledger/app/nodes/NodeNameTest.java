package ledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void aConfiguredNameIsTheNodesName() {
        assertThat(new NodeName("ledger-1").value()).isEqualTo("ledger-1");
    }

    @Test
    void withoutOneTheNodeIsNamedAfterItsHost() throws Exception {
        assertThat(new NodeName("").value()).isEqualTo(InetAddress.getLocalHost().getHostName());
    }

    @Test
    void aNameThatIsNotAnIdStopsTheNodeFromStarting() {
        assertThatThrownBy(() -> new NodeName("node 1/eu")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.node-id \"node 1/eu\"");
    }
}
