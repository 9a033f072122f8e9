package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.text.Times;
import io.driftwatch.text.Urls;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;

/**
 * How pages print times, durations and statuses: {@code {fmt:time(d.lastSeen)}}. Namespace functions rather than
 * properties, because Qute resolves no property on null and a never-reached device has no times.
 */
@TemplateExtension(namespace = "fmt")
public class Formats {

    static String time(Instant instant) {
        return instant == null ? "never" : Times.utc(instant);
    }

    /** The relative time a {@code time} tag shows; the exact one is in its title and datetime. */
    static String ago(Instant instant) {
        return Times.relative(instant, Instant.now());
    }

    /** An instant for a {@code <time datetime>} attribute, to the second. */
    static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** CSS class of a status, so colour always goes with the status text. */
    static String css(PollStatus status) {
        return status == null ? "status-none" : "status-" + status.name().toLowerCase().replace('_', '-');
    }

    static String label(PollStatus status) {
        return status == null ? "not polled yet" : status.name().replace('_', ' ');
    }

    /** Text as a URL query value. */
    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Text as one segment of a URL path: a device name with a space or a slash still finds its page. */
    static String pathSegment(String text) {
        return Urls.pathSegment(text);
    }

    /** Who asked for a sweep; sweeps started by hand before this was recorded have no name. */
    static String requestedBy(SweepJson sweep) {
        return sweep.requestedBy() != null ? sweep.requestedBy()
                : sweep.trigger() == io.driftwatch.history.Sweep.Trigger.SCHEDULED ? "schedule" : "unknown";
    }

    /** Devices per second of a finished sweep. */
    static String rate(SweepJson sweep) {
        if (sweep.finishedAt() == null || sweep.devices() == 0) {
            return "—";
        }
        long millis = Math.max(1, Duration.between(sweep.startedAt(), sweep.finishedAt()).toMillis());
        return "%.1f".formatted(sweep.devices() * 1000.0 / millis);
    }

    /** How far a running sweep has got, for its progress bar. */
    static SweepProgress progress(SweepJson sweep) {
        return SweepProgress.of(sweep, Instant.now());
    }

    /** A replica's time in a sweep. */
    static String seconds(double seconds) {
        return "%.1f s".formatted(seconds);
    }

    static String took(SweepJson sweep) {
        if (sweep.finishedAt() == null) {
            return "running";
        }
        Duration duration = Duration.between(sweep.startedAt(), sweep.finishedAt());
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
