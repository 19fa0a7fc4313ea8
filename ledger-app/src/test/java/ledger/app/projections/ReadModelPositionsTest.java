package ledger.app.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import ledger.app.eventstore.EventTable;
import ledger.app.eventstore.RawEvents;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * How far the read models have come, read from a real token store and event table (an H2 database of the
 * ledger's own schema): every segment counts, a gap below the target that holds a stored event holds its
 * segment, a gap that holds none does not (ADR 25).
 */
class ReadModelPositionsTest {

    private static final String GROUP = "account-read-models";

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private JdbcTemplate jdbc;
    private ReadModelPositions positions;

    @BeforeEach
    void freshDatabase() throws Exception {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:positions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/h2/V1__axon_event_store.sql"));
        }
        positions = new ReadModelPositions(new SegmentClaims(jdbc, serializer), new RawEvents(jdbc, new ObjectMapper()));
    }

    @Test
    void aGroupWithoutSegmentsIsNotCaughtUp() {
        storeEvents(1, 2, 3);

        assertThat(positions.lowest(GROUP, 3)).isEmpty();
    }

    @Test
    void aSegmentWithoutATokenHoldsTheWholeGroupWhateverTheOthersHavePassed() {
        storeEvents(1, 2, 3);
        storeToken(0, new GlobalSequenceTrackingToken(3));
        storeToken(1, null);

        assertThat(positions.lowest(GROUP, 3)).isEmpty();
    }

    @Test
    void theGroupStandsWhereItsLowestSegmentStandsOnWhicheverNode() {
        storeEvents(1, 2, 3, 4, 5);
        storeToken(0, GapAwareTrackingToken.newInstance(5, List.of()));
        storeToken(1, GapAwareTrackingToken.newInstance(4, List.of()));
        storeToken(2, new GlobalSequenceTrackingToken(5));
        storeToken("another-group", 0, GapAwareTrackingToken.newInstance(1, List.of()));

        assertThat(positions.lowest(GROUP, 5)).hasValue(4);
    }

    @Test
    void aGapBelowTheTargetThatHoldsAStoredEventHoldsTheSegmentJustBelowIt() {
        storeEvents(1, 2, 3, 4, 5, 6);
        storeToken(0, GapAwareTrackingToken.newInstance(6, List.of(4L)));

        assertThat(positions.lowest(GROUP, 6)).hasValue(3);
    }

    @Test
    void gapsThatHoldNoStoredEventNeverBlockTheSegment() {
        storeEvents(1, 5, 6, 9, 10);
        storeToken(0, GapAwareTrackingToken.newInstance(10, List.of(2L, 3L, 4L, 7L, 8L)));

        assertThat(positions.lowest(GROUP, 10)).hasValue(10);
    }

    @Test
    void aStoredGapBehindGapsThatHoldNothingIsStillFound() {
        storeEvents(1, 5, 7, 9, 10);
        storeToken(0, GapAwareTrackingToken.newInstance(10, List.of(2L, 3L, 4L, 7L, 8L)));

        assertThat(positions.lowest(GROUP, 10)).hasValue(6);
    }

    @Test
    void aStoredGapAboveTheTargetDoesNotHoldTheSegmentForThatTarget() {
        storeEvents(1, 2, 3, 4, 5, 6);
        storeToken(0, GapAwareTrackingToken.newInstance(6, List.of(5L)));

        assertThat(positions.lowest(GROUP, 4)).hasValue(6);
        assertThat(positions.lowest(GROUP, 5)).hasValue(4);
    }

    @Test
    void aSegmentInReplayCountsAsFarAsItsReplayHasComeNotWhereItStoodBeforeTheReset() {
        storeEvents(1, 2, 3, 4, 5, 6);
        TrackingToken beforeReset = GapAwareTrackingToken.newInstance(6, List.of());
        storeToken(0, new ReplayToken(beforeReset, GapAwareTrackingToken.newInstance(2, List.of())));
        storeToken(1, beforeReset);

        assertThat(positions.lowest(GROUP, 6)).hasValue(2);
    }

    @Test
    void aReplayThatHasNotBegunIsNotCaughtUp() {
        storeEvents(1, 2, 3);
        storeToken(0, new ReplayToken(GapAwareTrackingToken.newInstance(3, List.of())));

        assertThat(positions.lowest(GROUP, 3)).isEmpty();
    }

    @Test
    void aReplayPastTheTargetShowsItsEventsAgain() {
        storeEvents(1, 2, 3, 4);
        storeToken(0, new ReplayToken(GapAwareTrackingToken.newInstance(4, List.of()),
                GapAwareTrackingToken.newInstance(3, List.of())));

        assertThat(positions.lowest(GROUP, 3)).hasValue(3);
    }

    private void storeEvents(long... globalIndexes) {
        for (long index : globalIndexes) {
            jdbc.update("INSERT INTO " + EventTable.NAME + " (global_index, aggregate_identifier, sequence_number, type, "
                    + "event_identifier, payload, payload_type, time_stamp) VALUES (?, ?, 0, 'PersonalAccount', ?, ?, "
                    + "'ledger.account.AccountOpened', '2024-01-01T00:00:00Z')",
                    index, "person-" + index, UUID.randomUUID().toString(), "{}".getBytes());
        }
    }

    private void storeToken(int segment, TrackingToken token) {
        storeToken(GROUP, segment, token);
    }

    private void storeToken(String group, int segment, TrackingToken token) {
        SerializedObject<byte[]> serialized = token == null ? null : serializer.serialize(token, byte[].class);
        jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, owner) VALUES (?, ?, ?, ?, ?)",
                group, segment, serialized == null ? null : serialized.getData(),
                serialized == null ? null : serialized.getType().getName(), "node-" + segment);
    }
}
