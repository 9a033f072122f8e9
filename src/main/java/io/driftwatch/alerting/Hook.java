package io.driftwatch.alerting;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated hook.
 *
 * @param events drift kind names it wants; empty for all
 * @param groups device groups it wants; empty for all
 * @param proxy the HTTP proxy an HTTP hook goes through; empty for a direct connection
 * @param headers extra request headers of an HTTP hook; never shown, since they often carry a token
 * @param command the exec hook's argv; empty for other types
 */
public record Hook(String name, HookType type, Optional<URI> url, Optional<InetSocketAddress> proxy,
        Map<String, String> headers, Optional<String> secret, Set<String> events, Set<String> groups,
        List<String> command, Duration timeout, boolean digest, Duration retryInitialDelay, Duration retryMaxDelay) {

    /** Whether this hook wants an event of this kind on a device of this group. */
    public boolean wants(String kind, String group) {
        return (events.isEmpty() || events.contains(kind))
                && (groups.isEmpty() || group != null && groups.contains(group));
    }

    /**
     * Where it sends, for pages: scheme, host and port only, since Slack and Teams put their token in the path, and
     * the proxy it goes through; or the command's program.
     */
    public String target() {
        if (type == HookType.EXEC) {
            return command.isEmpty() ? "" : command.get(0);
        }
        return url.map(u -> u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()))
                .orElse("") + proxy.map(p -> " via " + p.getHostString() + ":" + p.getPort()).orElse("");
    }

    /** The name and type only: the secret and headers must never reach a log. */
    @Override
    public String toString() {
        return name + " (" + type.configName() + ")";
    }
}
