package io.driftwatch.web;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DriftEventRepository.DriftFilter;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The drift feed's URL parameters, as the page and the API take them: {@code kind}, {@code device}, {@code group},
 * a range of UTC days {@code from} and {@code to} (both included, {@code yyyy-MM-dd}), and {@code attention=true}
 * for the events no operator has acknowledged yet. The page also takes {@code group-by} ({@code none},
 * {@code sweep} or {@code kind}), which changes how the events are shown, not which.
 *
 * @param groupBy {@code sweep} or {@code kind}; null for one list
 */
public record DriftQuery(String kind, String device, String group, String from, String to, boolean attention,
        String groupBy) {

    /** How the page can group its events. */
    static final List<String> GROUPINGS = List.of("none", "sweep", "kind");

    static DriftQuery of(String kind, String device, String group, String from, String to, boolean attention) {
        return new DriftQuery(blank(kind), blank(device), blank(group), blank(from), blank(to), attention, null);
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400 naming {@code group-by} when it is not one of the choices */
    DriftQuery groupedBy(String grouping) {
        String chosen = blank(grouping) == null ? "none" : grouping.strip().toLowerCase(Locale.ROOT);
        if (!GROUPINGS.contains(chosen)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "group-by '" + grouping + "' is not one of " + GROUPINGS);
        }
        return new DriftQuery(kind, device, group, from, to, attention, chosen.equals("none") ? null : chosen);
    }

    /** The grouping as the form's choice shows it. */
    public String grouping() {
        return groupBy == null ? "none" : groupBy;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400 naming the parameter that is wrong */
    DriftFilter filter() {
        DriftKind driftKind = null;
        if (kind != null) {
            try {
                driftKind = DriftKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.of(Response.Status.BAD_REQUEST, "kind '" + kind + "' is not one of "
                        + Arrays.toString(DriftKind.values()));
            }
        }
        return new DriftFilter(driftKind, device, group,
                from == null ? null : day("from", from).atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : day("to", to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), attention);
    }

    /** This view of the feed as a link, so a form can come back to it. */
    public String url() {
        return urlWith(attention);
    }

    /** The same filters, showing every event ({@code false}) or only those that need attention. */
    public String urlWith(boolean needsAttention) {
        StringBuilder url = new StringBuilder("/drift?attention=").append(needsAttention);
        append(url, "kind", kind);
        append(url, "device", device);
        append(url, "group", group);
        append(url, "from", from);
        append(url, "to", to);
        append(url, "group-by", groupBy);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.of(Response.Status.BAD_REQUEST, parameter + " '" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
