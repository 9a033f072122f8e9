package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the inventory from NetBox's REST API: every page of {@code /api/dcim/devices/}, each device mapped to the
 * fields a file gives and checked by the same rules, with the credentials and {@code groups:} from the credentials
 * file. A device that lacks what a poll needs is skipped and listed; anything else wrong refuses the whole list, as a
 * broken file does. Settings are checked at every read, so a mistake reads like any other reason.
 */
final class NetboxReader {

    /** NetBox caps a page at its MAX_PAGE_SIZE, 1000 unless changed; {@code next} goes on from there. */
    static final int PAGE_SIZE = 1000;
    static final String DEVICES_PATH = "/api/dcim/devices/";

    /** What a header value may hold: a token is printable ASCII without spaces. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]+");
    /** IP literals only: a host name is never looked up to decide whether it is the loopback. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9A-Fa-f:.]+]");

    private final NetboxConfig config;
    private final Set<String> platforms;
    private final DeviceValidator validator;
    private final YamlInventoryReader yaml;
    private final NetboxClient client;

    NetboxReader(NetboxConfig config, Set<String> platforms, YamlInventoryReader yaml) {
        this.config = config;
        this.platforms = Set.copyOf(platforms);
        this.validator = new DeviceValidator(platforms);
        this.yaml = yaml;
        this.client = new NetboxClient(config.connectTimeout(), config.timeout(), config.maxPages(),
                config.maxPageBytes());
    }

    Inventory read(Path credentialsFile) throws NetboxException, SourceFileException {
        String base = baseUrl();
        URI devicesUrl = devicesUrl(base);
        NetboxDevices mapper = new NetboxDevices(new NetboxPlatforms(config.platforms(), platforms),
                NetboxGroups.of(config.group()), config.credential().map(String::strip).orElse(null),
                base + "/dcim/devices/");
        String authorization = authorization();
        YamlInventoryReader.Logins logins = yaml.readCredentialsFile(credentialsFile);

        List<SkippedDevice> skipped = new ArrayList<>();
        List<DeviceSpec> devices = new ArrayList<>();
        Map<String, Long> idByName = new HashMap<>();
        client.readAll(devicesUrl, authorization, json -> {
            NetboxDevices.Result result = mapper.map(json);
            if (result instanceof NetboxDevices.Skipped skip) {
                skipped.add(skip.device());
            } else if (result instanceof NetboxDevices.Usable usable) {
                DeviceSpec device = validate(devicesUrl, usable, logins, credentialsFile);
                Long first = idByName.putIfAbsent(device.name(), usable.id());
                if (first != null) {
                    throw new NetboxException(devicesUrl + ": NetBox devices " + first + " and " + usable.id()
                            + " are both named '" + device.name() + "' (at different sites or tenants, perhaps);"
                            + " a device name must be unique, or one of them filtered out");
                }
                devices.add(device);
            }
        });
        return new Inventory(devicesUrl.toString(), logins.credentials(), devices, logins.groups(), skipped);
    }

    /**
     * One device at a time, so a refusal names its NetBox id; the validator's own file and line mean nothing for a
     * device from NetBox, so only its reason is kept.
     */
    private DeviceSpec validate(URI devicesUrl, NetboxDevices.Usable device, YamlInventoryReader.Logins logins,
            Path credentialsFile) throws NetboxException {
        try {
            return validator.validate(credentialsFile, List.of(device.fields()), logins.credentials(),
                    credentialsFile.toString()).get(0);
        } catch (SourceFileException e) {
            throw new NetboxException(devicesUrl + ": NetBox device " + device.id() + ": " + e.reason(), e);
        }
    }

    /** The configured URL without a trailing slash, checked to be one the token may be sent to. */
    private String baseUrl() throws NetboxException {
        String text = config.url().map(String::strip).orElse("");
        if (text.isEmpty()) {
            throw new NetboxException("driftwatch.inventory.netbox.url is not set; NetBox's address is needed with"
                    + " driftwatch.inventory.source=netbox");
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new NetboxException("driftwatch.inventory.netbox.url '" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new NetboxException("driftwatch.inventory.netbox.url '" + text
                    + "' must be an http or https URL with a host, such as https://netbox.example.net");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new NetboxException("driftwatch.inventory.netbox.url must be NetBox's address alone, without"
                    + " user, query or fragment (the token goes in driftwatch.inventory.netbox.token)");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost()) && !config.allowHttp()) {
            throw new NetboxException("driftwatch.inventory.netbox.url is plain http to " + url.getHost()
                    + ", which would send the API token unencrypted; use https, or set"
                    + " driftwatch.inventory.netbox.allow-http=true for a network where that is acceptable");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + url.getRawAuthority() + path;
    }

    private URI devicesUrl(String base) throws NetboxException {
        String filter = config.filter().strip().replaceFirst("^\\?", "");
        String query = (filter.isEmpty() ? "" : filter + "&") + "limit=" + PAGE_SIZE + "&exclude=config_context";
        try {
            return new URI(base + DEVICES_PATH + "?" + query);
        } catch (URISyntaxException e) {
            throw new NetboxException("driftwatch.inventory.netbox.filter '" + config.filter()
                    + "' is not a query string (" + e.getReason() + "); write it as in a URL, such as"
                    + " status=active&site=ams1");
        }
    }

    /** The header for NetBox's v2 tokens ({@code nbt_…}, NetBox 4.5) or its older ones; null without a token. */
    private String authorization() throws NetboxException {
        String token = token();
        if (token == null) {
            return null;
        }
        return (token.startsWith("nbt_") ? "Bearer " : "Token ") + token;
    }

    private String token() throws NetboxException {
        if (config.token().isPresent() && config.tokenFile().isPresent()) {
            throw new NetboxException("both driftwatch.inventory.netbox.token and token-file are set; keep one");
        }
        String token;
        String where;
        if (config.tokenFile().isPresent()) {
            Path file = config.tokenFile().get();
            where = "token file " + file;
            try {
                // Secret mounts and `echo token > file` end in a newline that is not part of the token.
                token = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException | SecurityException e) {
                throw new NetboxException("cannot read the NetBox token file " + file + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        } else {
            where = "driftwatch.inventory.netbox.token";
            token = config.token().map(String::strip).orElse(null);
        }
        if (token == null || token.isEmpty()) {
            if (config.tokenFile().isPresent()) {
                throw new NetboxException("the NetBox " + where + " is empty");
            }
            return null;
        }
        if (!TOKEN.matcher(token).matches()) {
            // Named by where it came from, never shown.
            throw new NetboxException("the NetBox token in " + where + " holds a space or a character a header"
                    + " cannot carry");
        }
        return token;
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
