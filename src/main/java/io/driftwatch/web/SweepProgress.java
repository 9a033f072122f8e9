package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a running sweep has got: devices recorded of its total, split by status, the time it has taken and an
 * estimate of the rest at the pace so far.
 *
 * @param total     devices the sweep polls; 0 while it is still planning
 * @param parts     recorded devices per status, as whole percent of the total for the bar's widths
 * @param remaining null until the first device is recorded, since there is no pace yet
 */
public record SweepProgress(long sweepId, int total, int recorded, List<Part> parts, Duration elapsed,
        Duration remaining) {

    /** One status's part of the bar. */
    public record Part(PollStatus status, int devices, int width) {

        public String css() {
            return Formats.css(status);
        }

        public String label() {
            return Formats.label(status);
        }
    }

    public int percent() {
        return total == 0 ? 0 : Math.min(100, recorded * 100 / total);
    }

    public String elapsedText() {
        return span(elapsed);
    }

    public String remainingText() {
        return remaining == null ? "no estimate yet" : "about " + span(remaining) + " left";
    }

    static SweepProgress of(SweepJson sweep, Instant now) {
        int recorded = 0;
        List<Part> parts = new ArrayList<>();
        int total = Math.max(sweep.devices(), 0);
        for (Map.Entry<PollStatus, Integer> count : sweep.counts().entrySet()) {
            recorded += count.getValue();
        }
        int whole = Math.max(total, recorded);
        for (Map.Entry<PollStatus, Integer> count : sweep.counts().entrySet()) {
            if (count.getValue() > 0) {
                parts.add(new Part(count.getKey(), count.getValue(),
                        Math.max(1, (int) Math.floor(count.getValue() * 100.0 / whole))));
            }
        }
        Duration elapsed = Duration.between(sweep.startedAt(), now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Duration remaining = recorded == 0 || total == 0 ? null
                : elapsed.multipliedBy(Math.max(0, total - recorded)).dividedBy(recorded);
        return new SweepProgress(sweep.id(), total, recorded, parts, elapsed, remaining);
    }

    /** "45 s", "3 min 20 s", "1 h 05 min": precise enough to plan a coffee by. */
    static String span(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + "%02d".formatted(seconds % 3600 / 60) + " min";
    }
}
