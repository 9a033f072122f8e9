package io.driftwatch.alerting;

import io.driftwatch.alerting.HookConfigException.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Which extra headers a hook may send: any well-formed one that neither HTTP nor Driftwatch's own body needs. */
final class HeaderRules {

    /** RFC 9110 token characters. */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Set by the HTTP client itself; it refuses them. */
    private static final Set<String> TRANSPORT = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private HeaderRules() {
    }

    /** Adds a problem for each header a hook cannot send; values are never echoed, as they often hold a token. */
    static void check(Map<String, String> headers, String keyPrefix, List<Problem> problems) {
        new TreeMap<>(headers).forEach((name, value) -> {
            String key = keyPrefix + name;
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                problems.add(new Problem(key, "'" + name + "' is not an HTTP header name"));
            } else if (TRANSPORT.contains(lower)) {
                problems.add(new Problem(key, name + " is set by the HTTP connection itself"));
            } else if (lower.equals("content-type") || lower.startsWith("x-driftwatch-")) {
                problems.add(new Problem(key, name + " is set by Driftwatch for every message"));
            } else if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                problems.add(new Problem(key, "the value has a line break, which would split the request"));
            }
        });
    }
}
