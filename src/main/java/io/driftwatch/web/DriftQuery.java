package io.driftwatch.web;

import io.driftwatch.drift.DriftKind;
import io.driftwatch.history.DriftEventRepository.DriftFilter;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The drift feed's URL parameters, as the page and the API take them: {@code kind}, {@code device}, {@code group},
 * and a range of UTC days {@code from} and {@code to} (both included, {@code yyyy-MM-dd}).
 */
public record DriftQuery(String kind, String device, String group, String from, String to) {

    static DriftQuery of(String kind, String device, String group, String from, String to) {
        return new DriftQuery(blank(kind), blank(device), blank(group), blank(from), blank(to));
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
                to == null ? null : day("to", to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
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
