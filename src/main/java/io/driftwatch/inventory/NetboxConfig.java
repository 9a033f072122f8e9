package io.driftwatch.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Reading the device list from NetBox's REST API, with {@code driftwatch.inventory.source=netbox}. */
@ConfigMapping(prefix = "driftwatch.inventory.netbox")
public interface NetboxConfig {

    /** NetBox's base URL, such as {@code https://netbox.example.net}; required with the NetBox source. */
    Optional<String> url();

    /** API token, sent as {@code Authorization: Token …} ({@code Bearer} for a v2 {@code nbt_} token). */
    Optional<String> token();

    /** File holding the API token (a secret mount), read at every reload; instead of {@link #token()}. */
    Optional<Path> tokenFile();

    /** Query string added to {@code /api/dcim/devices/}: which devices to poll. */
    @WithDefault("status=active&has_primary_ip=true")
    String filter();

    /** Credential of the devices whose custom field {@code driftwatch_credential} is empty. */
    Optional<String> credential();

    /** Where a device's group comes from: {@code site}, {@code role}, {@code tenant} or {@code tag:<prefix>}. */
    @WithDefault("site")
    String group();

    /** Driftwatch platform by NetBox platform slug, over the built-in ones. */
    Map<String, String> platforms();

    /** Longest wait for the TCP (and TLS) connection to NetBox. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest wait for one page of devices, from the request to the last byte of the answer. */
    @WithDefault("30s")
    Duration timeout();

    /** Most pages read in one reload; more is an error, so a {@code next} link that never ends
     * cannot hold a reload for ever. */
    @WithDefault("200")
    int maxPages();

    /** Largest page accepted, in bytes; a larger one is an error. */
    @WithDefault("16777216")
    int maxPageBytes();

    /** Send the token over plain {@code http} to a host other than the loopback. */
    @WithDefault("false")
    boolean allowHttp();
}
