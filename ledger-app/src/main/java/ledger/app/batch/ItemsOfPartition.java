package ledger.app.batch;

import java.util.function.Function;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

/**
 * Reads the items of one partition: every node of the run goes through the whole roster (or retiree
 * list) and passes over the persons of other partitions, which it neither counts as read nor credits.
 * The position saved at each chunk is the whole reader's, so a partition resumed on another node
 * starts after its last committed chunk.
 */
class ItemsOfPartition<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<T> all;
    private final Function<T, String> personId;
    private final CreditPartition partition;

    ItemsOfPartition(ItemStreamReader<T> all, Function<T, String> personId, CreditPartition partition) {
        this.all = all;
        this.personId = personId;
        this.partition = partition;
    }

    @Override
    public T read() throws Exception {
        T item = all.read();
        while (item != null && !partition.holds(personId.apply(item))) {
            item = all.read();
        }
        return item;
    }

    @Override
    public void open(ExecutionContext context) {
        all.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        all.update(context);
    }

    @Override
    public void close() {
        all.close();
    }
}
