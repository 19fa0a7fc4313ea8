package ledger.app.batch;

import java.util.List;
import org.springframework.batch.item.Chunk;

/** Credits every open retiree account of the region by policy; retirees need no roster line (§2). */
class RetireeWriter extends CreditWriter<String> {

    RetireeWriter(ChunkCredits chunkCredits) {
        super(chunkCredits);
    }

    @Override
    public void write(Chunk<? extends String> personIds) {
        credit(personIds.getItems().stream().map(id -> new ChunkCredits.Credit(0, id, null, parameters().period())).toList(), List.of());
    }
}
