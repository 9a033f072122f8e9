package io.driftwatch.inventory;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.files.SourceFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvInventoryLoaderTest {

    private static final String CREDENTIALS = """
            credentials:
              core-ro: { username: netops, password: ${ROUTER_PASSWORD} }
            """;

    @TempDir
    Path dir;
    Path csv;
    InventoryLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        csv = dir.resolve("devices.csv");
        loader = new InventoryLoader(YamlInventoryLoaderTest.PLATFORMS, Map.of("ROUTER_PASSWORD", "pw")::get);
    }

    @Test
    void loadsDevicesWithCredentialsFromTheDefaultFileBesideIt() throws Exception {
        write(dir, "credentials.yaml", CREDENTIALS);
        write(dir, "devices.csv", """
                # core routers
                name,host,port,platform,credential,group

                edge-01,192.0.2.10,22,cisco_ios,core-ro,core
                # the next one uses the defaults
                edge-02, edge-02.example.net ,,juniper_junos,core-ro,
                "edge-03",192.0.2.12,2222,arista_eos,core-ro,lab
                """);

        Inventory inventory = loader.load(csv, null);

        assertEquals(List.of(
                new DeviceSpec("edge-01", "192.0.2.10", 22, "cisco_ios", "core-ro", "core", null, 4),
                new DeviceSpec("edge-02", "edge-02.example.net", 22, "juniper_junos", "core-ro", "default", null, 6),
                new DeviceSpec("edge-03", "192.0.2.12", 2222, "arista_eos", "core-ro", "lab", null, 7)),
                inventory.devices());
        assertEquals("pw", inventory.credentialOf(inventory.devices().get(0)).password().reveal());
        assertEquals(csv.toString(), inventory.source());
    }

    @Test
    void acceptsColumnsInAnyOrderWithoutOptionalOnesAndAConfiguredCredentialsFile() throws Exception {
        Path credentials = write(dir, "secrets/creds.yaml", CREDENTIALS);
        write(dir, "devices.csv", """
                Platform,Name,Credential,Host
                cisco_xr,core-01,core-ro,10.0.0.1
                """);

        Inventory inventory = loader.load(csv, credentials);

        assertEquals(List.of(new DeviceSpec("core-01", "10.0.0.1", 22, "cisco_xr", "core-ro", "default", null, 2)),
                inventory.devices());
    }

    @Test
    void anOptionalZoneColumnOverridesTheGroupZoneFromTheCredentialsFile() throws Exception {
        write(dir, "credentials.yaml", CREDENTIALS + "groups:\n  remote: { zone: branch }\n");
        write(dir, "devices.csv", """
                name,host,platform,credential,group,Zone
                inherits,10.1.0.1,cisco_ios,core-ro,remote,
                overrides,10.1.0.2,cisco_ios,core-ro,remote,lab
                central,10.0.0.1,cisco_ios,core-ro,,
                """);

        Inventory inventory = loader.load(csv, null);

        assertEquals(new DeviceSpec("overrides", "10.1.0.2", 22, "cisco_ios", "core-ro", "remote", "lab", 3),
                inventory.devices().get(1));
        assertEquals("branch", inventory.zoneOf(inventory.devices().get(0)));
        assertEquals("lab", inventory.zoneOf(inventory.devices().get(1)));
        assertNull(inventory.zoneOf(inventory.devices().get(2)));
    }

    @Test
    void acceptsAutodetectAsThePlatform() throws Exception {
        write(dir, "credentials.yaml", CREDENTIALS);
        write(dir, "devices.csv", """
                name,host,platform,credential
                mystery-01,192.0.2.20,autodetect,core-ro
                """);

        DeviceSpec spec = loader.load(csv, null).devices().get(0);

        assertEquals("autodetect", spec.platform());
        assertTrue(spec.autodetect());
    }

    @Test
    void aHeaderOnlyFileIsAnEmptyFleet() throws Exception {
        write(dir, "credentials.yaml", CREDENTIALS);
        write(dir, "devices.csv", "name,host,platform,credential\n");

        assertTrue(loader.load(csv, null).devices().isEmpty());
    }

    @Test
    void aMissingCredentialsFileIsNamed() throws Exception {
        write(dir, "devices.csv", "name,host,platform,credential\n");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(csv, null));

        assertEquals(dir.resolve("credentials.yaml"), e.file());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void credentialErrorsNameTheCredentialsFileAndLine() throws Exception {
        Path credentials = write(dir, "credentials.yaml", """
                credentials:
                  core-ro:
                    username: netops
                    password: ${UNSET}
                """);
        write(dir, "devices.csv", "name,host,platform,credential\n");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(csv, null));

        assertEquals(credentials + ":4: credential 'core-ro': password: environment variable 'UNSET' is not set",
                e.getMessage());
    }

    @Test
    void theCredentialsFileMayNotHoldDevices() throws Exception {
        write(dir, "credentials.yaml", CREDENTIALS + "devices: []\n");
        write(dir, "devices.csv", "name,host,platform,credential\n");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(csv, null));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown top-level key 'devices' (allowed: credentials, groups)"),
                e.getMessage());
    }

    @Test
    void theCredentialsFileMustHoldCredentials() throws Exception {
        write(dir, "credentials.yaml", "# to do\nother: 1\n");
        write(dir, "devices.csv", "name,host,platform,credential\n");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(csv, null));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown top-level key 'other'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDeviceLists")
    void invalidDeviceListsNameThePhysicalLineAndTheReason(String description, String content, int line,
            String reason) throws IOException {
        write(dir, "credentials.yaml", CREDENTIALS);
        write(dir, "devices.csv", content);

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(csv, null));

        assertEquals(csv, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    static Stream<Arguments> invalidDeviceLists() {
        String header = "# fleet\n\nname,host,port,platform,credential,group\n";
        return Stream.of(
                Arguments.of("empty", "\n\n", 0, "file is empty"),
                Arguments.of("only comments", "# nothing\n", 0, "no header line"),
                Arguments.of("unknown column", "name,hots,platform,credential\n", 1, "unknown column 'hots'"),
                Arguments.of("missing column", "\nname,host,credential\n", 2,
                        "header lacks required column(s): platform"),
                Arguments.of("duplicate column", "name,host,platform,credential,name\n", 1,
                        "column 'name' appears twice"),
                Arguments.of("wrong field count", header + "a,h,22,cisco_ios,core-ro\n", 4,
                        "has 5 fields but the header (line 3) has 6 columns"),
                Arguments.of("unknown platform after comments", header + "a,h,22,cisco_ios,core-ro,g\n# x\n\n"
                        + "b,h,22,cisco_iso,core-ro,g\n", 7, "device 'b': unknown platform 'cisco_iso'"),
                Arguments.of("broken quoting", header + "\"a\"x,h,22,cisco_ios,core-ro,g\n", 4,
                        "invalid CSV: Invalid character between encapsulated token and delimiter"),
                Arguments.of("bad port", header + "a,h,0,cisco_ios,core-ro,g\n", 4, "port '0' is not a whole number"),
                Arguments.of("missing name", header + ",h,22,cisco_ios,core-ro,g\n", 4, "name is required"),
                Arguments.of("undefined credential", header + "a,h,22,cisco_ios,rw,g\n", 4,
                        "credential 'rw' is not defined in "),
                Arguments.of("bad zone", "name,host,platform,credential,zone\na,h,cisco_ios,core-ro,_x\n", 2,
                        "device 'a': zone '_x' must be 1-63 letters"),
                Arguments.of("duplicate names", header + "a,h,22,cisco_ios,core-ro,g\n\na,h2,22,cisco_ios,core-ro,g\n",
                        6, "device name 'a' is used twice, on lines 4 and 6"));
    }
}
