package io.driftwatch.inventory;

import io.driftwatch.testing.FakeNetbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The NetBox settings as a test gives them, each defaulting as the configuration does. */
record NetboxSettings(Optional<String> url, Optional<String> token, Optional<Path> tokenFile, String filter,
        Optional<String> credential, String group, Map<String, String> platforms, Duration connectTimeout,
        Duration timeout, int maxPages, int maxPageBytes, boolean allowHttp) implements NetboxConfig {

    /** NetBox at {@code url} with the fake's token and {@code ro} as the default credential. */
    static NetboxSettings of(String url) {
        return new NetboxSettings(Optional.of(url), Optional.of(FakeNetbox.TOKEN), Optional.empty(),
                "status=active&has_primary_ip=true", Optional.of("ro"), "site", Map.of(), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 200, 16 * 1024 * 1024, false);
    }

    NetboxSettings withToken(String value) {
        return new NetboxSettings(url, Optional.ofNullable(value), tokenFile, filter, credential, group, platforms,
                connectTimeout, timeout, maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withTokenFile(Path file) {
        return new NetboxSettings(url, token, Optional.of(file), filter, credential, group, platforms,
                connectTimeout, timeout, maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withFilter(String value) {
        return new NetboxSettings(url, token, tokenFile, value, credential, group, platforms, connectTimeout, timeout,
                maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withCredential(String value) {
        return new NetboxSettings(url, token, tokenFile, filter, Optional.ofNullable(value), group, platforms,
                connectTimeout, timeout, maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withGroup(String value) {
        return new NetboxSettings(url, token, tokenFile, filter, credential, value, platforms, connectTimeout, timeout,
                maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withPlatforms(Map<String, String> value) {
        return new NetboxSettings(url, token, tokenFile, filter, credential, group, value, connectTimeout, timeout,
                maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withTimeout(Duration value) {
        return new NetboxSettings(url, token, tokenFile, filter, credential, group, platforms, connectTimeout, value,
                maxPages, maxPageBytes, allowHttp);
    }

    NetboxSettings withLimits(int pages, int pageBytes) {
        return new NetboxSettings(url, token, tokenFile, filter, credential, group, platforms, connectTimeout, timeout,
                pages, pageBytes, allowHttp);
    }

    NetboxSettings withAllowHttp(boolean value) {
        return new NetboxSettings(url, token, tokenFile, filter, credential, group, platforms, connectTimeout, timeout,
                maxPages, maxPageBytes, value);
    }
}
