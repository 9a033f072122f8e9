package io.driftwatch.inventory;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.FakeNetbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NetBox reader against a real HTTP server answering as NetBox 4.x does (pages, {@code next}, the token check),
 * with the fixture's seven devices: four usable, one without a primary IP, one whose platform maps to nothing, one
 * without a name.
 */
class NetboxReaderTest {

    static final Set<String> PLATFORMS = ParserRegistry.standard().platforms();

    @TempDir
    Path dir;
    Path credentials;
    FakeNetbox netbox;

    @BeforeEach
    void setUp() throws IOException {
        netbox = FakeNetbox.start();
        credentials = write(dir, "credentials.yaml", """
                credentials:
                  ro: { username: netops, password: ${ROUTER_PASSWORD} }
                  core-ro: { username: core, password: ${ROUTER_PASSWORD} }
                groups:
                  ams1: { zone: west }
                """);
    }

    @AfterEach
    void tearDown() {
        netbox.close();
    }

    @Test
    void readsEveryPageAndMapsEachDeviceAsAFileWould() throws Exception {
        Inventory inventory = read(settings());

        assertEquals(netbox.url() + "/api/dcim/devices/?status=active&has_primary_ip=true&limit=1000"
                + "&exclude=config_context", inventory.source());
        Map<String, DeviceSpec> devices = byName(inventory);
        assertEquals(Set.of("edge-ams-01", "core-ams-01", "edge-fra-01", "sw-fra-01"), devices.keySet());
        assertEquals(new DeviceSpec("edge-ams-01", "192.0.2.10", 22, "cisco_ios", "ro", "ams1", null, 0),
                devices.get("edge-ams-01"));
        // Custom fields: the credential, the port (an integer field) and the zone override.
        assertEquals(new DeviceSpec("core-ams-01", "2001:db8::1", 2222, "juniper_junos", "core-ro", "ams1", "depot", 0),
                devices.get("core-ams-01"));
        assertEquals(DeviceSpec.AUTODETECT, devices.get("edge-fra-01").platform(), "no platform in NetBox");
        assertEquals("198.51.100.7", devices.get("edge-fra-01").host());
        // A slug that is a platform name with '-' for '_'; the port from a text custom field.
        assertEquals("arista_eos", devices.get("sw-fra-01").platform());
        assertEquals(22, devices.get("sw-fra-01").port());
        assertEquals("west", inventory.zoneOf(devices.get("edge-ams-01")), "groups: from the credentials file");
        assertEquals(Set.of("ro", "core-ro"), inventory.credentials().keySet());

        assertEquals(List.of(
                new SkippedDevice("spare-fra-02", 104, netbox.url() + "/dcim/devices/104/", "no primary IP"),
                new SkippedDevice("lb-fra-01", 105, netbox.url() + "/dcim/devices/105/", "platform 'f5-tmos' is no"
                        + " Driftwatch platform (map it with driftwatch.inventory.netbox.platforms.f5-tmos)"),
                new SkippedDevice(null, 107, netbox.url() + "/dcim/devices/107/", "no name")),
                inventory.skipped());
    }

    @Test
    void followsNextWithTheTokenAndAsksForBigPages() throws Exception {
        read(settings());

        List<FakeNetbox.Request> requests = netbox.requests();
        assertEquals(2, requests.size(), "seven devices in pages of four: " + requests);
        Map<String, String> first = requests.get(0).query();
        assertEquals("1000", first.get("limit"));
        assertEquals("config_context", first.get("exclude"));
        assertEquals("active", first.get("status"));
        assertEquals("true", first.get("has_primary_ip"));
        assertEquals("4", requests.get(1).query().get("offset"), "the second page, by NetBox's next link");
        assertTrue(requests.stream().allMatch(r -> ("Token " + FakeNetbox.TOKEN).equals(r.authorization())));
    }

    @Test
    void aNextLinkWithAnotherHostIsAskedOfTheConfiguredServer() throws Exception {
        // NetBox behind a proxy builds its links from the name and scheme it was asked under.
        netbox.advertisedBase("http://netbox.internal:8080");

        assertEquals(4, read(settings()).devices().size());
        assertEquals(2, netbox.requests().size());
    }

    @Test
    void theFilterIsPassedThrough() throws Exception {
        read(settings().withFilter("?site=ams1&tag=backbone"));

        Map<String, String> query = netbox.requests().get(0).query();
        assertEquals("ams1", query.get("site"));
        assertEquals("backbone", query.get("tag"));
        assertNull(query.get("status"), "the filter replaces the default one");
        assertEquals("1000", query.get("limit"));
    }

    @Test
    void aWrongTokenIsRefusedWithoutShowingIt() {
        String wrong = "fedcba9876543210fedcba9876543210fedcba98";
        NetboxException e = assertThrows(NetboxException.class, () -> read(settings().withToken(wrong)));

        assertTrue(e.getMessage().startsWith("NetBox refused the token: HTTP 403 (Invalid token) for "
                + netbox.url() + "/api/dcim/devices/?"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertEquals("Token " + wrong, netbox.requests().get(0).authorization());
    }

    @Test
    void noTokenSendsNoHeaderAndSaysSoWhenRefused() {
        NetboxException e = assertThrows(NetboxException.class, () -> read(settings().withToken(null)));

        assertTrue(e.getMessage().startsWith("NetBox refused a request without a token: HTTP 403 (Authentication"
                + " credentials were not provided.)"), e.getMessage());
        assertNull(netbox.requests().get(0).authorization());
    }

    @Test
    void aV2TokenIsSentAsBearer() {
        String v2 = "nbt_abcdefghijkl.0123456789abcdef0123456789abcdef";
        assertThrows(NetboxException.class, () -> read(settings().withToken(v2)));

        assertEquals("Bearer " + v2, netbox.requests().get(0).authorization());
    }

    @Test
    void theTokenFileIsReadAtEveryReadWithoutItsNewline() throws Exception {
        Path tokenFile = write(dir, "token", "stale-token\n");
        NetboxReader reader = reader(settings().withToken(null).withTokenFile(tokenFile));
        assertThrows(NetboxException.class, () -> reader.read(credentials));

        Files.writeString(tokenFile, FakeNetbox.TOKEN + "\n");

        assertEquals(4, reader.read(credentials).devices().size());
        assertEquals("Token " + FakeNetbox.TOKEN, netbox.requests().get(1).authorization());
    }

    @Test
    void tokenMistakesNameWhereTheTokenCameFromAndNeverIt() throws IOException {
        Path tokenFile = write(dir, "token", "two words\n");

        assertEquals("both driftwatch.inventory.netbox.token and token-file are set; keep one",
                assertThrows(NetboxException.class, () -> read(settings().withTokenFile(tokenFile))).getMessage());
        assertEquals("the NetBox token in token file " + tokenFile + " holds a space or a character a header"
                + " cannot carry",
                assertThrows(NetboxException.class,
                        () -> read(settings().withToken(null).withTokenFile(tokenFile))).getMessage());
        Path missing = dir.resolve("no-such-token");
        assertEquals("cannot read the NetBox token file " + missing + " (NoSuchFileException)",
                assertThrows(NetboxException.class, () -> read(settings().withToken(null).withTokenFile(missing)))
                        .getMessage());
        assertTrue(netbox.requests().isEmpty(), "nothing sent");
    }

    @Test
    void anAnswerThatIsNotJsonIsAnError() {
        netbox.mode(FakeNetbox.Mode.MALFORMED);

        NetboxException e = assertThrows(NetboxException.class, () -> read(settings()));

        assertTrue(e.getMessage().startsWith(netbox.url() + "/api/dcim/devices/?"), e.getMessage());
        assertTrue(e.getMessage().contains(" answered something that is not JSON: "), e.getMessage());
    }

    @Test
    void aServerErrorIsAnError() {
        netbox.mode(FakeNetbox.Mode.SERVER_ERROR);

        NetboxException e = assertThrows(NetboxException.class, () -> read(settings()));

        assertTrue(e.getMessage().startsWith("NetBox answered HTTP 500 (<!DOCTYPE html>"), e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        netbox.mode(FakeNetbox.Mode.SILENT);
        long start = System.nanoTime();

        NetboxException e = assertThrows(NetboxException.class,
                () -> read(settings().withTimeout(Duration.ofMillis(500))));

        assertTrue(e.getMessage().contains(" within PT0.5S"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void anUnreachableServerIsAnError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        NetboxException e = assertThrows(NetboxException.class,
                () -> read(NetboxSettings.of("http://127.0.0.1:" + port)));

        assertEquals("cannot connect to 127.0.0.1:" + port, e.getMessage());
    }

    @Test
    void pagesAndTheirSizeAreCapped() {
        assertTrue(assertThrows(NetboxException.class, () -> read(settings().withLimits(1, 16 * 1024 * 1024)))
                .getMessage().startsWith("NetBox's device list goes on past 1 pages"));
        assertTrue(assertThrows(NetboxException.class, () -> read(settings().withLimits(10, 2000))).getMessage()
                .contains(" answered more than 2000 bytes; "));
    }

    @Test
    void withoutACredentialADeviceIsSkipped() throws Exception {
        Inventory inventory = read(settings().withCredential(null));

        assertEquals(List.of("core-ams-01"), inventory.devices().stream().map(DeviceSpec::name).toList());
        String noCredential = "no credential (custom field driftwatch_credential is empty and"
                + " driftwatch.inventory.netbox.credential is not set)";
        Map<Long, String> reasons = inventory.skipped().stream()
                .collect(Collectors.toMap(SkippedDevice::netboxId, SkippedDevice::reason));
        assertEquals(noCredential, reasons.get(101L));
        assertEquals("no primary IP; " + noCredential, reasons.get(104L), "every reason at once");
        assertEquals(6, inventory.skipped().size());
    }

    @Test
    void theGroupComesFromTheSiteRoleTenantOrATag() throws Exception {
        assertEquals(Map.of("edge-ams-01", "ams1", "core-ams-01", "ams1", "edge-fra-01", "fra1", "sw-fra-01", "fra1"),
                groups(settings()));
        assertEquals(Map.of("edge-ams-01", "edge-router", "core-ams-01", "core-router", "edge-fra-01", "edge-router",
                "sw-fra-01", "access-switch"), groups(settings().withGroup("role")));
        assertEquals(Map.of("edge-ams-01", "default", "core-ams-01", "netops", "edge-fra-01", "default", "sw-fra-01",
                "netops"), groups(settings().withGroup("tenant")));
        assertEquals(Map.of("edge-ams-01", "default", "core-ams-01", "core", "edge-fra-01", "default", "sw-fra-01",
                "access"), groups(settings().withGroup("tag:dw-")));
        assertEquals("driftwatch.inventory.netbox.group 'rack' is none of site, role, tenant and tag:<prefix>",
                assertThrows(NetboxException.class, () -> read(settings().withGroup("rack"))).getMessage());
    }

    @Test
    void platformSettingsAddSlugsAndOverrideTheBuiltInOnes() throws Exception {
        Inventory inventory = read(settings().withPlatforms(Map.of("f5-tmos", "autodetect", "junos", "autodetect")));

        Map<String, DeviceSpec> devices = byName(inventory);
        assertEquals(DeviceSpec.AUTODETECT, devices.get("lb-fra-01").platform());
        assertEquals(DeviceSpec.AUTODETECT, devices.get("core-ams-01").platform());
        assertEquals("cisco_ios", devices.get("edge-ams-01").platform());

        NetboxException e = assertThrows(NetboxException.class,
                () -> read(settings().withPlatforms(Map.of("iosxe", "cisco_iso"))));
        assertTrue(e.getMessage().startsWith(inventory.source() + ": NetBox device 101: device 'edge-ams-01':"
                + " unknown platform 'cisco_iso' (supported: autodetect, "), e.getMessage());
    }

    @Test
    void aDeviceTheRulesRefuseRefusesTheList() {
        ArrayNode devices = netbox.fixtureDevices();
        ((ObjectNode) devices.get(1).get("custom_fields")).put("driftwatch_zone", "not a zone");
        netbox.devices(devices);

        NetboxException e = assertThrows(NetboxException.class, () -> read(settings()));

        assertTrue(e.getMessage().endsWith(": NetBox device 102: device 'core-ams-01': zone 'not a zone' must be 1-63"
                + " letters, digits, '.', '_' or '-', starting with a letter or digit"), e.getMessage());
    }

    @Test
    void anUndefinedCredentialRefusesTheList() {
        ArrayNode devices = netbox.fixtureDevices();
        ((ObjectNode) devices.get(0).get("custom_fields")).put("driftwatch_credential", "nobody");
        netbox.devices(devices);

        NetboxException e = assertThrows(NetboxException.class, () -> read(settings()));

        assertTrue(e.getMessage().endsWith(": NetBox device 101: device 'edge-ams-01': credential 'nobody' is not"
                + " defined in " + credentials + " (defined: core-ro, ro)"), e.getMessage());
    }

    @Test
    void aNameUsedTwiceRefusesTheListNamingBothIds() {
        ArrayNode devices = netbox.fixtureDevices();
        ((ObjectNode) devices.get(5)).put("name", "edge-ams-01");
        netbox.devices(devices);

        NetboxException e = assertThrows(NetboxException.class, () -> read(settings()));

        assertTrue(e.getMessage().contains(": NetBox devices 101 and 106 are both named 'edge-ams-01'"),
                e.getMessage());
    }

    @Test
    void aCustomFieldOfAnotherTypeIsAnError() {
        ArrayNode devices = netbox.fixtureDevices();
        ((ObjectNode) devices.get(0).get("custom_fields")).putObject("driftwatch_port").put("id", 3);
        netbox.devices(devices);

        assertEquals("NetBox device 101: custom field driftwatch_port holds object, not text or a number",
                assertThrows(NetboxException.class, () -> read(settings())).getMessage());
    }

    @Test
    void theTokenIsNotSentOverPlainHttpToAnotherHost() {
        NetboxException e = assertThrows(NetboxException.class,
                () -> read(NetboxSettings.of("http://netbox.example.net")));

        assertEquals("driftwatch.inventory.netbox.url is plain http to netbox.example.net, which would send the API"
                + " token unencrypted; use https, or set driftwatch.inventory.netbox.allow-http=true for a network"
                + " where that is acceptable", e.getMessage());
        assertTrue(NetboxReader.isLoopback("127.0.0.1"));
        assertTrue(NetboxReader.isLoopback("[::1]"));
        assertTrue(NetboxReader.isLoopback("localhost"));
        assertFalse(NetboxReader.isLoopback("10.0.0.1"));
        assertFalse(NetboxReader.isLoopback("127.0.0.1.nip.io"));
    }

    @Test
    void theUrlMustBeNetboxsAddressAlone() {
        for (String url : List.of("", "netbox.example.net", "ftp://netbox.example.net",
                "https://user:pw@netbox.example.net", "https://netbox.example.net/?token=x")) {
            assertThrows(NetboxException.class, () -> read(NetboxSettings.of(url)), url);
        }
    }

    @Test
    void aFailingNetboxKeepsTheLastGoodInventoryAndSaysWhy() {
        InventoryService service = service(settings());
        service.onStart(null);
        Inventory good = service.current().orElseThrow();

        netbox.mode(FakeNetbox.Mode.SERVER_ERROR);

        assertSame(good, service.reload());
        assertTrue(service.lastError().orElseThrow().startsWith("NetBox answered HTTP 500"),
                service.lastError().orElseThrow());

        netbox.mode(FakeNetbox.Mode.NETBOX);
        service.reload();
        assertTrue(service.lastError().isEmpty());
    }

    @Test
    void startUpFailsWhenNetboxDoes() {
        netbox.mode(FakeNetbox.Mode.SERVER_ERROR);
        InventoryService service = service(settings());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> service.onStart(null));

        assertTrue(e.getMessage().startsWith("Cannot start without a valid inventory: NetBox answered HTTP 500"),
                e.getMessage());
    }

    private NetboxSettings settings() {
        return NetboxSettings.of(netbox.url());
    }

    private Inventory read(NetboxConfig settings) throws Exception {
        return reader(settings).read(credentials);
    }

    private static NetboxReader reader(NetboxConfig settings) {
        Function<String, String> environment = Map.of("ROUTER_PASSWORD", "pw")::get;
        return new NetboxReader(settings, PLATFORMS, new YamlInventoryReader(new SecretResolver(environment)));
    }

    private InventoryService service(NetboxConfig settings) {
        InventoryConfig config = new InventoryConfig() {
            @Override
            public Source source() {
                return Source.NETBOX;
            }

            @Override
            public Path path() {
                return dir.resolve("inventory.yaml");
            }

            @Override
            public java.util.Optional<Path> credentialsPath() {
                return java.util.Optional.empty();
            }
        };
        return new InventoryService(config, settings, PLATFORMS, Map.of("ROUTER_PASSWORD", "pw")::get,
                Clock.systemUTC());
    }

    private Map<String, String> groups(NetboxConfig settings) throws Exception {
        return read(settings).devices().stream().collect(Collectors.toMap(DeviceSpec::name, DeviceSpec::group));
    }

    private static Map<String, DeviceSpec> byName(Inventory inventory) {
        return inventory.devices().stream().collect(Collectors.toMap(DeviceSpec::name, d -> d));
    }
}
