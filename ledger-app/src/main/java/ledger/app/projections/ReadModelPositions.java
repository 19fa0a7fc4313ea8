package ledger.app.projections;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import ledger.app.eventstore.RawEvents;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * How far the read models of a processing group have come, over every segment on every node, as the
 * shared token store holds it (ADR 25). A token commits with its projections' writes, so a read of the
 * read models shows every event its position has passed.
 */
@Component
public class ReadModelPositions {

    private final SegmentClaims claims;
    private final RawEvents rawEvents;

    ReadModelPositions(SegmentClaims claims, RawEvents rawEvents) {
        this.claims = claims;
        this.rawEvents = rawEvents;
    }

    /**
     * The lowest position over the group's segments, each counted only as far as it shows every stored
     * event up to {@code target}; empty while the group has no segment, or a segment has no token yet or
     * a replay that has not begun. A segment in replay counts as far as its replay has come, never its
     * position before the reset.
     */
    public OptionalLong lowest(String processingGroup, long target) {
        List<Optional<TrackingToken>> tokens = claims.tokens(processingGroup);
        if (tokens.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (Optional<TrackingToken> stored : tokens) {
            TrackingToken token = stored.map(WrappedToken::unwrapLowerBound).orElse(null);
            OptionalLong shown = token == null ? OptionalLong.empty() : shown(token, target);
            if (shown.isEmpty()) {
                return OptionalLong.empty();
            }
            lowest = Math.min(lowest, shown.getAsLong());
        }
        return OptionalLong.of(lowest);
    }

    private OptionalLong shown(TrackingToken token, long target) {
        return token instanceof GapAwareTrackingToken gapAware
                ? OptionalLong.of(shown(gapAware, target)) : token.position();
    }

    /**
     * A gap-aware token has passed its gaps: a gap at or below the target that holds a stored event (one
     * committed after the segment read past it) holds the segment just below it; a gap that holds none (a
     * rolled-back insert, numbers an identity cache skipped, a write not yet committed, which is none of
     * a finished run's) does not. One query per run of gaps that no stored event interrupts.
     */
    private long shown(GapAwareTrackingToken token, long target) {
        long nothingStoredBelow = Long.MIN_VALUE;
        for (long gap : token.getGaps()) {
            if (gap > target) {
                break;
            }
            if (gap < nothingStoredBelow) {
                continue;
            }
            OptionalLong stored = rawEvents.lowestStored(gap);
            if (stored.isEmpty()) {
                break;
            }
            if (stored.getAsLong() == gap) {
                return gap - 1;
            }
            nothingStoredBelow = stored.getAsLong();
        }
        return token.getIndex();
    }
}
