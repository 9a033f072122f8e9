package io.driftwatch.alerting;

import io.driftwatch.alerting.HookConfigException.Problem;
import io.driftwatch.domain.DriftKind;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the hook settings into {@link Hook}s, or fails naming every wrong key: at start-up ({@link Hooks}), and in
 * the {@code check} command before a change lands.
 */
public final class HookValidator {

    static final String PREFIX = "driftwatch.hooks.";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private HookValidator() {
    }

    /**
     * Checks what the mapping cannot: types, URLs, commands, kinds. (A misspelt key never gets here: Quarkus
     * refuses to start, naming it, with SRCFG00050 "does not map to any root".)
     *
     * @throws HookConfigException naming each wrong key
     */
    public static List<Hook> validate(HooksConfig config) {
        List<Problem> problems = new ArrayList<>();
        List<Hook> hooks = new ArrayList<>();
        Set<String> kinds = Arrays.stream(DriftKind.values()).map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (Map.Entry<String, HooksConfig.HookConfig> entry : new TreeMap<>(config.hooks()).entrySet()) {
            String name = entry.getKey();
            HooksConfig.HookConfig hook = entry.getValue();
            String key = PREFIX + name + ".";
            int before = problems.size();
            if (!NAME.matcher(name).matches()) {
                problems.add(new Problem(PREFIX + name, "a hook name has 1 to 64 letters, digits, '-' or '_'"));
            }
            Optional<HookType> type = Optional.empty();
            if (hook.type().isEmpty()) {
                problems.add(new Problem(key + "type", "missing; use one of " + HookType.choices()));
            } else {
                type = HookType.parse(hook.type().get());
                if (type.isEmpty()) {
                    problems.add(new Problem(key + "type", "'" + hook.type().get() + "' is not a hook type; use one of "
                            + HookType.choices()));
                }
            }
            Optional<URI> url = Optional.empty();
            Optional<InetSocketAddress> proxy = Optional.empty();
            if (type.isPresent() && type.get().http()) {
                if (hook.url().isEmpty()) {
                    problems.add(new Problem(key + "url",
                            "missing; a " + type.get().configName() + " hook needs the URL to POST to"));
                } else {
                    url = parseUrl(hook.url().get(), key + "url", problems);
                }
                if (hook.command().isPresent()) {
                    problems.add(new Problem(key + "command", "only an exec hook runs a command"));
                }
                proxy = hook.proxy().flatMap(text -> parseProxy(text, key + "proxy", problems));
                HeaderRules.check(hook.headers(), key + "headers.", problems);
            } else if (type.isPresent()) {
                if (hook.proxy().isPresent()) {
                    problems.add(new Problem(key + "proxy", "an exec hook sends nothing over HTTP; remove the proxy"));
                }
                if (!hook.headers().isEmpty()) {
                    problems.add(
                            new Problem(key + "headers", "an exec hook sends nothing over HTTP; remove the headers"));
                }
            }
            List<String> command = List.of();
            if (type.isPresent() && type.get() == HookType.EXEC) {
                if (hook.command().isEmpty() || hook.command().get().isBlank()) {
                    problems.add(new Problem(key + "command", "missing; an exec hook needs the command to run"));
                } else {
                    try {
                        command = CommandLine.split(hook.command().get());
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(key + "command", "cannot be split into words: " + e.getMessage()));
                    }
                }
                if (hook.url().isPresent()) {
                    problems.add(
                            new Problem(key + "url", "an exec hook posts nowhere; remove the url or change the type"));
                }
            }
            if (hook.secret().isPresent() && type.isPresent() && type.get() != HookType.WEBHOOK) {
                problems.add(new Problem(key + "secret",
                        "only a webhook hook signs its body (Slack and Teams keep their secret"
                                + " in the URL)"));
            }
            Set<String> events = new LinkedHashSet<>();
            for (String event : hook.events().orElse(List.of())) {
                String kind = event.trim().toUpperCase(java.util.Locale.ROOT);
                if (!kinds.contains(kind)) {
                    problems.add(new Problem(key + "events", "'" + event + "' is not a drift kind; use any of "
                            + String.join(", ", kinds)));
                }
                events.add(kind);
            }
            Set<String> groups = hook.groups().orElse(List.of()).stream().map(String::trim)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            positive(hook.timeout(), key + "timeout", problems);
            positive(hook.retryInitialDelay(), key + "retry-initial-delay", problems);
            positive(hook.retryMaxDelay(), key + "retry-max-delay", problems);
            if (hook.retryMaxDelay().compareTo(hook.retryInitialDelay()) < 0) {
                problems.add(new Problem(key + "retry-max-delay",
                        hook.retryMaxDelay() + " is shorter than retry-initial-delay "
                                + hook.retryInitialDelay()));
            }
            if (problems.size() == before) {
                hooks.add(new Hook(name, type.orElseThrow(), url, proxy, Map.copyOf(hook.headers()),
                        hook.secret().filter(s -> !s.isEmpty()), Set.copyOf(events), Set.copyOf(groups), command,
                        hook.timeout(), hook.digest(), hook.retryInitialDelay(), hook.retryMaxDelay()));
            }
        }
        if (!problems.isEmpty()) {
            throw new HookConfigException(problems);
        }
        return List.copyOf(hooks);
    }

    private static Optional<URI> parseUrl(String text, String key, List<Problem> problems) {
        try {
            URI uri = new URI(text.trim());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                problems.add(new Problem(key, "'" + text + "' is not an http or https URL with a host"));
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            problems.add(new Problem(key, "'" + text + "' is not a URL: " + e.getReason()));
            return Optional.empty();
        }
    }

    /** {@code http://host:port}: the proxy is reached in plain HTTP, and https targets are tunnelled with CONNECT. */
    private static Optional<InetSocketAddress> parseProxy(String text, String key, List<Problem> problems) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getRawUserInfo() != null) {
                // Not echoed: the text holds a password.
                problems.add(
                        new Problem(key, "proxy credentials are not supported; give http://host:port of a proxy that"
                                + " lets this host through"));
                return Optional.empty();
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0
                    || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                problems.add(new Problem(key, "'" + text + "' is not http://host:port"));
                return Optional.empty();
            }
            return Optional.of(InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            problems.add(new Problem(key, "'" + text + "' is not a URL: " + e.getReason()));
            return Optional.empty();
        }
    }

    private static void positive(Duration duration, String key, List<Problem> problems) {
        if (duration.isZero() || duration.isNegative()) {
            problems.add(new Problem(key, "must be longer than zero, not " + duration));
        }
    }
}
