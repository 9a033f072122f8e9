package io.driftwatch.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A page kept open on a wall screen: {@code ?refresh=N} reloads it every N seconds (10 to 3600). Pages that follow a
 * running sweep reload every {@link #LIVE} seconds while it runs, whatever N is, then fall back to N.
 */
@RequestScoped
@Named("kiosk")
public class Kiosk {

    static final String PARAMETER = "refresh";
    static final int MIN = 10;
    static final int MAX = 3600;
    static final int LIVE = 5;

    private final OptionalInt period;

    public Kiosk(HttpServerRequest request) {
        this.period = period(request.getParam(PARAMETER));
    }

    /** The period asked for, or null for none. */
    public Integer period() {
        return period.isPresent() ? period.getAsInt() : null;
    }

    /** The period of a page that follows a sweep while it runs. */
    public int live() {
        return LIVE;
    }

    /** The period asked for, empty when none or not a whole number of seconds in range. */
    static OptionalInt period(String text) {
        if (text == null || !text.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int seconds = Integer.parseInt(text);
        return seconds >= MIN && seconds <= MAX ? OptionalInt.of(seconds) : OptionalInt.empty();
    }

    /** Refuses a page asked for with a refresh period it cannot honour, rather than silently not reloading. */
    public static class Check {

        @ServerRequestFilter
        public void refuseBadPeriod(HttpServerRequest request) {
            String text = request.getParam(PARAMETER);
            if (text != null && period(text).isEmpty()) {
                throw PageError.of(Response.Status.BAD_REQUEST, "refresh must be a whole number of seconds from "
                        + MIN + " to " + MAX + ", not '" + abbreviated(text) + "'");
            }
        }

        private static String abbreviated(String text) {
            return text.length() > 20 ? text.substring(0, 20) + "…" : text;
        }
    }
}
