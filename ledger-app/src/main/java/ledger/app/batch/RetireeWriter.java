package ledger.app.batch;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.batch.item.Chunk;

/** Credits every open retiree account of the region by policy; retirees need no roster line (§2). */
class RetireeWriter extends CreditWriter<String> {

    RetireeWriter(CommandGateway commands) {
        super(commands);
    }

    @Override
    public void write(Chunk<? extends String> personIds) {
        for (String personId : personIds) {
            credit(0, personId, null);
        }
    }
}
