package io.driftwatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many wrong passwords one client may try for one user before the login is locked for a while. */
@ConfigMapping(prefix = "driftwatch.web.login-throttle")
public interface LoginThrottleConfig {

    /** Failed logins for one user from one client address, within {@code window}, that lock that pair. */
    @WithDefault("10")
    int attempts();

    /** How far back failed logins are counted. */
    @WithDefault("5m")
    Duration window();

    /** How long a locked user and address get {@code 429} for every login, right password or not. */
    @WithDefault("5m")
    Duration lock();

    /**
     * Most user and address pairs remembered at once, so guessing with ever new user names cannot grow memory
     * without limit; when full, the oldest pair that is not locked is forgotten first.
     */
    @WithDefault("10000")
    int maxTracked();
}
