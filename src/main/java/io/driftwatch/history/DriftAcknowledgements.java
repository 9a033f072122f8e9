package io.driftwatch.history;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** An operator's note that a drift event has been looked at, so the feed can show what still needs attention. */
@ApplicationScoped
public class DriftAcknowledgements {

    /** Longest comment kept, the width of its column. */
    public static final int MAX_COMMENT = 2000;

    private final DriftEventRepository events;
    private final Clock clock;

    public DriftAcknowledgements(DriftEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * The event after acknowledging it, and whether it had been acknowledged before. The first acknowledgement is
     * kept: a second one would rewrite who looked at the event first and why, which is the record an audit needs.
     *
     * @return empty when there is no such event
     */
    @Transactional
    public Optional<Outcome> acknowledge(long eventId, String user, String comment) {
        // One conditional update, so two operators pressing at once cannot both be first.
        int updated = events.update("acknowledgedAt = ?1, acknowledgedBy = ?2, ackComment = ?3"
                + " where id = ?4 and acknowledgedAt is null", clock.instant(), user, comment, eventId);
        Optional<DriftRow> row = events.row(eventId);
        if (updated == 1) {
            row.ifPresent(r -> Log.infof("%s acknowledged drift event %d (%s of %s)", user, eventId, r.event().kind,
                    r.device()));
        }
        return row.map(r -> new Outcome(r, updated == 0));
    }

    /**
     * Acknowledges several events with one comment, in one conditional update: as with one event, those acknowledged
     * before keep their first acknowledgement, and two operators at once cannot both be first.
     */
    @Transactional
    public Bulk acknowledgeAll(Set<Long> eventIds, String user, String comment) {
        if (eventIds.isEmpty()) {
            return new Bulk(0, 0, 0);
        }
        long existing = events.count("id in ?1", eventIds);
        int updated = events.update("acknowledgedAt = ?1, acknowledgedBy = ?2, ackComment = ?3"
                + " where id in ?4 and acknowledgedAt is null", clock.instant(), user, comment, eventIds);
        Log.infof("%s acknowledged %d drift events at once (%d chosen): %s", user, updated, eventIds.size(),
                eventIds);
        return new Bulk(updated, (int) existing - updated, eventIds.size() - (int) existing);
    }

    /**
     * What acknowledging several events did.
     *
     * @param acknowledged the events acknowledged now
     * @param earlier      those acknowledged before, left as they were
     * @param missing      ids of no event
     */
    public record Bulk(int acknowledged, int earlier, int missing) {
    }

    /** An acknowledged event; {@code earlier} when it had already been acknowledged and was left as it was. */
    public record Outcome(DriftRow row, boolean earlier) {
    }
}
