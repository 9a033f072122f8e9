package io.driftwatch.history;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

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

    /** An acknowledged event; {@code earlier} when it had already been acknowledged and was left as it was. */
    public record Outcome(DriftRow row, boolean earlier) {
    }
}
