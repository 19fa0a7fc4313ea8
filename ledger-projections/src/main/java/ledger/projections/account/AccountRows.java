package ledger.projections.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ledger.projections.PendingWrites;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account views, resident-member rows, funding orders and statement lines of one unit of work (ADR 31):
 * the rows of the batch's accounts are read ahead in a few statements, its events change them in memory, and
 * what changed is written when the unit of work prepares its commit, as one JDBC batch per table and kind of
 * statement. An update names the position the row was read at, so a row another transaction changed meanwhile
 * (a segment claimed by two nodes for a moment) fails the batch as a passing fault, and it is retried.
 */
public final class AccountRows implements PendingWrites.Part {

    /** Account views read ahead per statement: the batch's streams are read in chunks of this many. */
    private static final int IDS_PER_READ = 100;
    private static final String VIEW_COLUMNS = "person_id, region, category, status, birth_date, opened_on, "
            + "retired_on, withdrawable_fen, earmarked_fen, last_sequence";
    private static final String VIEWS_AMONG = "SELECT " + VIEW_COLUMNS + " FROM account_view WHERE person_id IN ("
            + String.join(", ", Collections.nCopies(IDS_PER_READ, "?")) + ")";

    /** A row that holds a person's position: {@code stored} is the position in the database, null if not yet there. */
    abstract static class Positioned {
        long lastSequence;
        Long stored;
        boolean changed;

        /** Moves the row to {@code sequence} if it has not passed it yet: the guard against an event delivered again. */
        boolean advanceTo(long sequence) {
            if (lastSequence >= sequence) {
                return false;
            }
            lastSequence = sequence;
            changed = true;
            return true;
        }

        void written() {
            stored = lastSequence;
            changed = false;
        }
    }

    /** A person's row in {@code account_view}. */
    static final class View extends Positioned {
        private final String personId;
        private final String region;
        private String category;
        private String status;
        private final LocalDate birthDate;
        private final LocalDate openedOn;
        private LocalDate retiredOn;
        private long withdrawableFen;
        private long earmarkedFen;

        View(String personId, String region, String category, LocalDate birthDate, LocalDate openedOn,
             LocalDate retiredOn, long sequence) {
            this(personId, region, category, AccountStatus.OPEN.name(), birthDate, openedOn, retiredOn, 0, 0, sequence);
            stored = null;
            changed = true;
        }

        private View(String personId, String region, String category, String status, LocalDate birthDate,
                     LocalDate openedOn, LocalDate retiredOn, long withdrawableFen, long earmarkedFen, long lastSequence) {
            this.personId = personId;
            this.region = region;
            this.category = category;
            this.status = status;
            this.birthDate = birthDate;
            this.openedOn = openedOn;
            this.retiredOn = retiredOn;
            this.withdrawableFen = withdrawableFen;
            this.earmarkedFen = earmarkedFen;
            this.lastSequence = lastSequence;
            this.stored = lastSequence;
        }

        String region() {
            return region;
        }

        void categorise(String newCategory) {
            category = newCategory;
        }

        void retire(String newCategory, LocalDate on) {
            category = newCategory;
            retiredOn = on;
        }

        void hold(long withdrawable, long earmarked) {
            withdrawableFen = withdrawable;
            earmarkedFen = earmarked;
        }

        void close() {
            status = AccountStatus.CLOSED.name();
        }
    }

    /** A resident-scheme member's row in {@code resident_member}. */
    static final class Resident extends Positioned {
        private final String personId;
        private final String region;
        private final LocalDate recordedOn;

        Resident(String personId, String region, LocalDate recordedOn, long sequence) {
            this(personId, region, recordedOn, sequence, null);
            changed = true;
        }

        private Resident(String personId, String region, LocalDate recordedOn, long lastSequence, Long stored) {
            this.personId = personId;
            this.region = region;
            this.recordedOn = recordedOn;
            this.lastSequence = lastSequence;
            this.stored = stored;
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Optional<View>> views = new HashMap<>();
    private final Map<String, Optional<Resident>> residents = new HashMap<>();
    private final Map<String, List<String>> fundingOrders = new LinkedHashMap<>();
    private final List<Object[]> statementLines = new ArrayList<>();

    private AccountRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current unit of work's rows; made the first time, with the views of every stream of its batch read ahead. */
    static AccountRows of(JdbcTemplate jdbc) {
        return PendingWrites.of(AccountRows.class, unitOfWork -> {
            AccountRows rows = new AccountRows(jdbc);
            rows.readAhead(streamsOf(unitOfWork));
            return rows;
        });
    }

    /**
     * The region of a person's account view as the current unit of work sees it: its own change if it made the
     * view, else the database's.
     */
    public static Optional<String> regionOf(JdbcTemplate jdbc, String personId) {
        Optional<Optional<View>> held = PendingWrites.find(AccountRows.class).map(rows -> rows.views.get(personId));
        if (held.isPresent()) {
            return held.get().map(View::region);
        }
        return jdbc.queryForList("SELECT region FROM account_view WHERE person_id = ?", String.class, personId)
                .stream().findFirst();
    }

    Optional<View> view(String personId) {
        if (!views.containsKey(personId)) {
            readAhead(List.of(personId));
        }
        return views.get(personId);
    }

    void open(View view) {
        views.put(view.personId, Optional.of(view));
    }

    Optional<Resident> resident(String personId) {
        return residents.computeIfAbsent(personId, id -> jdbc.query(
                "SELECT region, recorded_on, last_sequence FROM resident_member WHERE person_id = ?",
                (row, i) -> new Resident(id, row.getString(1), row.getObject(2, LocalDate.class), row.getLong(3),
                        row.getLong(3)), id).stream().findFirst());
    }

    void record(Resident resident) {
        residents.put(resident.personId, Optional.of(resident));
    }

    /**
     * Moves the person's position on, in his account view or else his resident-member row; false if neither
     * took the event in (it was delivered before).
     */
    boolean advance(String personId, long sequence) {
        return view(personId).map(view -> view.advanceTo(sequence)).orElse(false)
                || resident(personId).map(resident -> resident.advanceTo(sequence)).orElse(false);
    }

    void replaceFundingOrder(String memberId, List<String> order) {
        fundingOrders.remove(memberId);
        fundingOrders.put(memberId, List.copyOf(order));
    }

    /** One pot's line of a movement: the columns of {@code statement_entry} in the order of {@link #write()}. */
    void appendStatementLine(Object... columns) {
        statementLines.add(columns);
    }

    @Override
    public void write() {
        List<View> changedViews = views.values().stream().flatMap(Optional::stream).filter(view -> view.changed)
                .toList();
        insertViews(changedViews.stream().filter(view -> view.stored == null).toList());
        updateViews(changedViews.stream().filter(view -> view.stored != null).toList());
        writeResidents(residents.values().stream().flatMap(Optional::stream).filter(row -> row.changed).toList());
        writeFundingOrders();
        batch("""
                INSERT INTO statement_entry (person_id, sequence_number, effective_date, recorded_at, entry_type,
                                             national_code, amount_fen, pot, withdrawable_after_fen,
                                             earmarked_after_fen, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statementLines, new int[] {Types.VARCHAR, Types.BIGINT,
                Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.BIGINT, Types.BIGINT, Types.VARCHAR});
        statementLines.clear();
    }

    private void readAhead(List<String> personIds) {
        personIds.forEach(id -> views.putIfAbsent(id, Optional.empty()));
        for (int from = 0; from < personIds.size(); from += IDS_PER_READ) {
            List<String> chunk = personIds.subList(from, Math.min(personIds.size(), from + IDS_PER_READ));
            Object[] ids = new Object[IDS_PER_READ];
            for (int i = 0; i < IDS_PER_READ; i++) {
                ids[i] = chunk.get(Math.min(i, chunk.size() - 1));
            }
            jdbc.query(VIEWS_AMONG, (ResultSet row) -> {
                View view = viewOf(row);
                views.put(view.personId, Optional.of(view));
            }, ids);
        }
    }

    private static View viewOf(ResultSet row) throws SQLException {
        return new View(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
                row.getLong(8), row.getLong(9), row.getLong(10));
    }

    /** The streams of a tracking processor's batch (an account's stream is named by its holder's id), in order. */
    private static List<String> streamsOf(UnitOfWork<?> unitOfWork) {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return List.of();
        }
        Set<String> streams = new LinkedHashSet<>();
        batch.getMessages().forEach(message -> {
            if (message instanceof DomainEventMessage<?> event) {
                streams.add(event.getAggregateIdentifier());
            }
        });
        return List.copyOf(streams);
    }

    private void insertViews(List<View> inserted) {
        try {
            batch("INSERT INTO account_view (" + VIEW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    inserted.stream().map(view -> new Object[] {view.personId, view.region, view.category,
                        view.status, view.birthDate, view.openedOn, view.retiredOn, view.withdrawableFen,
                        view.earmarkedFen, view.lastSequence}).toList(),
                    new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
                        Types.DATE, Types.BIGINT, Types.BIGINT, Types.BIGINT});
        } catch (DuplicateKeyException raced) {
            throw new ConcurrencyFailureException("an account view this batch opens was opened by another "
                    + "transaction meanwhile", raced);
        }
        inserted.forEach(Positioned::written);
    }

    private void updateViews(List<View> updated) {
        int[] counts = batch("UPDATE account_view SET category = ?, status = ?, retired_on = ?, "
                        + "withdrawable_fen = ?, earmarked_fen = ?, last_sequence = ? "
                        + "WHERE person_id = ? AND last_sequence = ?",
                updated.stream().map(view -> new Object[] {view.category, view.status, view.retiredOn,
                    view.withdrawableFen, view.earmarkedFen, view.lastSequence, view.personId, view.stored}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.BIGINT, Types.BIGINT,
                    Types.VARCHAR, Types.BIGINT});
        requireEachRow(counts, "an account view");
        updated.forEach(Positioned::written);
    }

    private void writeResidents(List<Resident> changed) {
        List<Resident> inserted = changed.stream().filter(row -> row.stored == null).toList();
        List<Resident> updated = changed.stream().filter(row -> row.stored != null).toList();
        try {
            batch("INSERT INTO resident_member (person_id, region, recorded_on, last_sequence) "
                    + "VALUES (?, ?, ?, ?)", inserted.stream().map(row -> new Object[] {row.personId, row.region,
                        row.recordedOn, row.lastSequence}).toList(),
                    new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT});
        } catch (DuplicateKeyException raced) {
            throw new ConcurrencyFailureException("a resident member this batch records was recorded by another "
                    + "transaction meanwhile", raced);
        }
        requireEachRow(batch("UPDATE resident_member SET last_sequence = ? "
                        + "WHERE person_id = ? AND last_sequence = ?",
                updated.stream().map(row -> new Object[] {row.lastSequence, row.personId, row.stored}).toList(),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT}), "a resident member's row");
        changed.forEach(Positioned::written);
    }

    private void writeFundingOrders() {
        batch("DELETE FROM funding_order WHERE member_id = ?",
                fundingOrders.keySet().stream().map(member -> new Object[] {member}).toList(),
                new int[] {Types.VARCHAR});
        List<Object[]> positions = new ArrayList<>();
        fundingOrders.forEach((member, order) -> {
            for (int position = 0; position < order.size(); position++) {
                positions.add(new Object[] {member, position, order.get(position)});
            }
        });
        batch("INSERT INTO funding_order (member_id, position, holder_id) VALUES (?, ?, ?)", positions,
                new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR});
        fundingOrders.clear();
    }

    /** One JDBC batch of {@code sql}, one statement per row; nothing is sent for no rows. */
    private int[] batch(String sql, List<Object[]> rows, int[] types) {
        return rows.isEmpty() ? new int[0] : jdbc.batchUpdate(sql, rows, types);
    }

    /** A row read by this unit of work and changed by another transaction since: a passing fault, the batch is retried. */
    private static void requireEachRow(int[] counts, String what) {
        for (int count : counts) {
            if (count == 0) {
                throw new ConcurrencyFailureException(what + " this batch changes was changed by another transaction "
                        + "meanwhile");
            }
        }
    }
}
