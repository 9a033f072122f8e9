package io.driftwatch.alerting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a hook does with an event. */
public enum HookType {
    /** HTTP POST of the documented JSON body, signed when a secret is set. */
    WEBHOOK,
    /** A Slack incoming-webhook message. */
    SLACK,
    /** A Microsoft Teams incoming-webhook (or Workflows) message with an Adaptive Card. */
    TEAMS,
    /** A local command, given the event as JSON on stdin and as environment variables. */
    EXEC;

    static Optional<HookType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.configName().equals(text.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean http() {
        return this != EXEC;
    }

    static String choices() {
        return Arrays.stream(values()).map(HookType::configName).collect(Collectors.joining(", "));
    }
}
