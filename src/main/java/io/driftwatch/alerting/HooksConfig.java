package io.driftwatch.alerting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alert hooks, by name: {@code driftwatch.hooks.<name>.<key>}. Checked at start-up by {@link HookValidator}. */
@ConfigMapping(prefix = "driftwatch.hooks")
public interface HooksConfig {

    /** Every configured hook, by its name (letters, digits, {@code -} and {@code _}). */
    @WithParentName
    Map<String, HookConfig> hooks();

    interface HookConfig {

        /** {@code webhook}, {@code slack}, {@code teams} or {@code exec}. Required. */
        Optional<String> type();

        /** Where a webhook, slack or teams hook POSTs; required for those types. */
        Optional<String> url();

        /** Key of the {@code X-Driftwatch-Signature} HMAC-SHA256 over the body; no signature when unset. */
        Optional<String> secret();

        /** Drift kinds this hook wants (DriftKind names); every kind when unset. */
        Optional<List<String>> events();

        /** Device groups this hook wants; every group when unset. */
        Optional<List<String>> groups();

        /**
         * An HTTP proxy ({@code http://host:port}) for a webhook, slack or teams hook; https targets go through it
         * with CONNECT. Direct when unset.
         */
        Optional<String> proxy();

        /** Extra request headers of a webhook, slack or teams hook, such as a receiver's own Authorization. */
        Map<String, String> headers();

        /** The exec hook's command, split into words with quotes honoured but never run through a shell. */
        Optional<String> command();

        /** Longest wait for one attempt: the whole HTTP exchange, or the command's run before it is killed. */
        @WithDefault("10s")
        Duration timeout();

        /** One summary message per sweep instead of one message per event. */
        @WithDefault("false")
        boolean digest();

        /** Wait before the first retry of a failed delivery; doubled after each further failure. */
        @WithDefault("10s")
        Duration retryInitialDelay();

        /** Longest wait between retries; a failing delivery is retried at this pace until it succeeds. */
        @WithDefault("10m")
        Duration retryMaxDelay();
    }
}
