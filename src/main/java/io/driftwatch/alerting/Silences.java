package io.driftwatch.alerting;

import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Creating, listing and removing silences, with who did it. */
@ApplicationScoped
public class Silences {

    private static final Duration LONGEST = Duration.ofDays(366);

    private final SilenceRepository silences;
    private final Clock clock;

    public Silences(SilenceRepository silences, Clock clock) {
        this.silences = silences;
        this.clock = clock;
    }

    /** Silences in force now or later, by start. */
    @Transactional
    public List<Silence> current() {
        return silences.current(clock.instant());
    }

    /** @throws SilenceException naming the field that is wrong */
    @Transactional
    public Silence create(SilenceRequest request, String user) {
        Instant now = clock.instant();
        String group = blankToNull(request.group());
        String device = blankToNull(request.device());
        if (group == null && device == null) {
            throw new SilenceException("give a group, a device (name or pattern such as edge-*), or both");
        }
        check(group, 128, "group");
        check(device, 255, "device");
        String comment = blankToNull(request.comment());
        check(comment, 1000, "comment");
        Instant starts = request.startsAt() == null ? now : request.startsAt();
        Instant ends;
        if (request.endsAt() != null && blankToNull(request.duration()) != null) {
            throw new SilenceException("give endsAt or duration, not both");
        } else if (request.endsAt() != null) {
            ends = request.endsAt();
        } else if (blankToNull(request.duration()) != null) {
            ends = starts.plus(duration(request.duration()));
        } else {
            throw new SilenceException("give endsAt (an ISO-8601 time) or duration (such as 2h)");
        }
        if (!ends.isAfter(starts)) {
            throw new SilenceException("endsAt " + ends + " is not after startsAt " + starts);
        }
        if (!ends.isAfter(now)) {
            throw new SilenceException("endsAt " + ends + " is already past");
        }
        if (Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            throw new SilenceException("a silence lasts at most 366 days; this one lasts "
                    + Duration.between(starts, ends).toDays() + " days");
        }
        Silence silence = new Silence();
        silence.group = group;
        silence.devicePattern = device;
        silence.startsAt = starts;
        silence.endsAt = ends;
        silence.comment = comment;
        silence.createdBy = user;
        silence.createdAt = now;
        silences.persist(silence);
        return silence;
    }

    /**
     * Ends a silence now; it stays stored, marked with who removed it.
     *
     * @throws SilenceException when there is no such silence or it was removed already
     */
    @Transactional
    public Silence remove(long id, String user) {
        Silence silence = silences.findById(id);
        if (silence == null) {
            throw new SilenceException(SilenceException.Why.NOT_FOUND, "no silence " + id);
        }
        if (silence.removedAt != null) {
            throw new SilenceException(SilenceException.Why.ALREADY_REMOVED, "silence " + id + " was removed by "
                    + silence.removedBy + " at " + silence.removedAt);
        }
        silence.removedAt = clock.instant();
        silence.removedBy = user;
        return silence;
    }

    /**
     * The grammar of the duration settings, Quarkus's own: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}, or
     * ISO-8601 such as {@code PT2H}.
     */
    static Duration duration(String text) {
        Duration duration;
        try {
            duration = DurationConverter.parseDuration(text.strip());
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            duration = null;
        }
        if (duration == null) {
            throw new SilenceException("duration '" + text + "' is not a duration such as 90m, 2h, 1d or PT2H");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new SilenceException("duration '" + text + "' must be longer than zero");
        }
        return duration;
    }

    private static void check(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new SilenceException(field + " is longer than " + max + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
