package io.driftwatch.inventory;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.files.SourceFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlInventoryLoaderTest {

    static final Set<String> PLATFORMS = Set.of("cisco_ios", "cisco_nxos", "cisco_xr", "juniper_junos",
            "arista_eos");
    static final String PASSWORD = "s3cr3t-Router-Pass";
    static final String PASSPHRASE = "key-pass-phrase";

    /** Secret-free credentials section of 3 lines, so device lines in the cases below start at 4. */
    private static final String CREDENTIALS = """
            credentials:
              ro: { username: netops, password: plain-text }
            devices:
            """;

    @TempDir
    Path dir;
    Path file;
    InventoryLoader loader;

    @BeforeEach
    void setUp() {
        file = dir.resolve("inventory.yaml");
        loader = new InventoryLoader(PLATFORMS, Map.of("ROUTER_PASSWORD", PASSWORD, "EMPTY", "")::get);
    }

    @Test
    void loadsTheDocumentedExample() throws Exception {
        Path key = write(dir, "id_ed25519", "not really a key\n");
        Path passphraseFile = write(dir, "key-pass", PASSPHRASE + "\n");
        write(dir, "inventory.yaml", """
                credentials:
                  core-ro: { username: netops, password: ${ROUTER_PASSWORD} }
                  keyed:   { username: netops, private-key: %s, passphrase: ${file:%s} }
                devices:
                  - { name: edge-01, host: 192.0.2.10, port: 22, platform: cisco_ios, credential: core-ro, group: core }
                  - name: edge-02
                    host: edge-02.example.net
                    platform: juniper_junos
                    credential: core-ro
                """.formatted(key, passphraseFile));

        Inventory inventory = loader.load(file, null);

        assertEquals(file.toString(), inventory.source());
        assertEquals(List.of(
                new DeviceSpec("edge-01", "192.0.2.10", 22, "cisco_ios", "core-ro", "core", null, 5),
                new DeviceSpec("edge-02", "edge-02.example.net", 22, "juniper_junos", "core-ro", "default", null, 6)),
                inventory.devices());
        Credential coreRo = inventory.credentialOf(inventory.devices().get(0));
        assertEquals("netops", coreRo.username());
        assertEquals(PASSWORD, coreRo.password().reveal());
        assertNull(coreRo.privateKey());
        Credential keyed = inventory.credentials().get("keyed");
        assertEquals(key, keyed.privateKey());
        assertNull(keyed.password());
        assertEquals(PASSPHRASE, keyed.passphrase().reveal());
    }

    @Test
    void resolvesReferencesInUsernameAndInsideLongerText() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: "${USER_NAME}", password: "pre-${ROUTER_PASSWORD}-post" }
                devices: []
                """);
        loader = new InventoryLoader(PLATFORMS, Map.of("USER_NAME", "ops", "ROUTER_PASSWORD", PASSWORD)::get);

        Credential ro = loader.load(file, null).credentials().get("ro");

        assertEquals("ops", ro.username());
        assertEquals("pre-" + PASSWORD + "-post", ro.password().reveal());
    }

    @Test
    void relativePathsAreResolvedAgainstTheInventoryFolder() throws Exception {
        Path key = write(dir, "keys/id_rsa", "key");
        write(dir, "pass", "from-file");
        write(dir, "inventory.yaml", """
                credentials:
                  k: { username: u, private-key: keys/id_rsa, passphrase: "${file:pass}" }
                devices: []
                """);

        Credential k = loader.load(file, null).credentials().get("k");

        assertEquals(key, k.privateKey());
        assertEquals("from-file", k.passphrase().reveal());
    }

    @Test
    void literalValuesKeepTheTextAsWrittenEvenWhenTheyLookLikeNumbers() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: 0042, password: 1e3 }
                devices:
                  - { name: 007, host: 10.0.0.1, port: "2222", platform: cisco_ios, credential: ro, group: 12 }
                """);

        Inventory inventory = loader.load(file, null);

        Credential ro = inventory.credentials().get("ro");
        assertEquals("0042", ro.username());
        assertEquals("1e3", ro.password().reveal());
        assertEquals(new DeviceSpec("007", "10.0.0.1", 2222, "cisco_ios", "ro", "12", null, 4),
                inventory.devices().get(0));
    }

    @Test
    void acceptsAutodetectAsThePlatform() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: netops, password: pw }
                devices:
                  - { name: mystery-01, host: 10.0.0.9, platform: autodetect, credential: ro }
                """);

        DeviceSpec spec = loader.load(file, null).devices().get(0);

        assertEquals(new DeviceSpec("mystery-01", "10.0.0.9", 22, "autodetect", "ro", "default", null, 4), spec);
        assertTrue(spec.autodetect());
    }

    @Test
    void aDeviceMayNameItsZoneAndAnEmptyZoneIsNone() throws Exception {
        write(dir, "inventory.yaml", CREDENTIALS + """
                  - { name: branch-01, host: 10.1.0.1, platform: cisco_ios, credential: ro, zone: branch }
                  - { name: core-01, host: 10.0.0.1, platform: cisco_ios, credential: ro, zone: "" }
                """);

        Inventory inventory = loader.load(file, null);

        assertEquals(new DeviceSpec("branch-01", "10.1.0.1", 22, "cisco_ios", "ro", "default", "branch", 4),
                inventory.devices().get(0));
        assertEquals("branch", inventory.zoneOf(inventory.devices().get(0)));
        assertNull(inventory.devices().get(1).zone());
        assertNull(inventory.zoneOf(inventory.devices().get(1)));
    }

    @Test
    void aBadZoneNamesFileLineAndField() throws Exception {
        write(dir, "inventory.yaml", CREDENTIALS + """
                  - name: a
                    host: h
                    platform: cisco_ios
                    credential: ro
                    zone: remote site
                """);

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(file, e.file());
        assertEquals(8, e.line());
        assertEquals(file + ":8: device 'a': zone 'remote site' must be 1-63 letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit", e.getMessage());
    }

    @Test
    void referencesInCommentsAreIgnored() throws Exception {
        write(dir, "inventory.yaml", """
                # passwords come from ${NAME} or ${file:/path}; a stray ${ here is fine
                devices: [] # so is ${UNSET}
                """);

        assertTrue(loader.load(file, null).devices().isEmpty());
    }

    @Test
    void anEmptyFleetIsAllowed() throws Exception {
        write(dir, "inventory.yaml", "devices: []\n");

        Inventory inventory = loader.load(file, null);

        assertTrue(inventory.devices().isEmpty());
        assertTrue(inventory.credentials().isEmpty());
    }

    @Test
    void secretsAreMaskedWhenPrinted() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: netops, password: ${ROUTER_PASSWORD} }
                devices: []
                """);

        Inventory inventory = loader.load(file, null);

        assertEquals("******", inventory.credentials().get("ro").password().toString());
        assertFalse(inventory.toString().contains(PASSWORD), inventory.toString());
    }

    @Test
    void aMissingEnvironmentVariableNamesFileLineAndFieldButNoSecret() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ok: { username: netops, password: ${ROUTER_PASSWORD} }
                  broken:
                    username: netops
                    password: ${UNSET_PASSWORD}
                devices: []
                """);

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(5, e.line());
        assertEquals(file, e.file());
        assertEquals(file + ":5: credential 'broken': password: environment variable 'UNSET_PASSWORD' is not set",
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void anUnreadableSecretFileNamesFileLineAndField() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: netops, password: "${file:/nonexistent/driftwatch/secret}" }
                devices: []
                """);

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains(
                "credential 'ro': password: cannot read secret file '/nonexistent/driftwatch/secret'"),
                e.getMessage());
    }

    @Test
    void syntaxErrorMessagesDoNotQuoteTheOffendingLine() throws Exception {
        write(dir, "inventory.yaml", """
                credentials:
                  ro: { username: netops, password: %s: oops }
                devices: []
                """.formatted(PASSWORD));

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @Test
    void aMissingFileIsReported() {
        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith(file + ": file not found"), e.getMessage());
    }

    @Test
    void duplicateNamesReportBothLines() throws Exception {
        write(dir, "inventory.yaml", CREDENTIALS + """
                  - { name: edge-01, host: a, platform: cisco_ios, credential: ro }
                  - { name: edge-02, host: b, platform: cisco_ios, credential: ro }
                  - name: edge-01
                    host: c
                    platform: cisco_ios
                    credential: ro
                """);

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(6, e.line());
        assertEquals(file + ":6: device name 'edge-01' is used twice, on lines 4 and 6", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInventories")
    void invalidInventoriesNameTheLineAndTheReason(String description, String yaml, int line, String reason)
            throws IOException {
        write(dir, "inventory.yaml", yaml);
        write(dir, "present-key", "key");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(line, e.line(), e.getMessage());
        String expectedStart = line > 0 ? file + ":" + line + ": " : file + ": ";
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    static Stream<Arguments> invalidInventories() {
        return Stream.of(
                Arguments.of("empty file", "", 0, "file is empty"),
                Arguments.of("only comments", "# nothing yet\n", 0, "file holds no YAML"),
                Arguments.of("syntax error", "devices:\n  - { name: a, host: b\n  - other\n", 4, "invalid YAML"),
                Arguments.of("top level is a list", "- name: a\n", 1, "top level must be a mapping"),
                Arguments.of("no devices", "credentials: {}\n", 1, "no 'devices' list"),
                Arguments.of("devices not a list", "\ndevices:\n  name: a\n", 2, "'devices' must be a list"),
                Arguments.of("devices empty", "devices:\n", 1, "'devices' must be a list, not empty"),
                Arguments.of("unknown top-level key", "devices: []\ndevice: []\n", 2,
                        "unknown top-level key 'device'"),
                Arguments.of("credentials not a mapping", "credentials: [a]\ndevices: []\n", 1,
                        "'credentials' must be a mapping"),
                Arguments.of("unknown credential key", "credentials:\n  ro:\n    username: u\n    pasword: p\n"
                        + "devices: []\n", 4, "credential 'ro': unknown key 'pasword'"),
                Arguments.of("credential without username", "credentials:\n  ro: { password: p }\ndevices: []\n",
                        2, "credential 'ro': username is required"),
                Arguments.of("credential without password or key", "credentials:\n\n  ro: { username: u }\n"
                        + "devices: []\n", 3, "credential 'ro': needs a password or a private-key"),
                Arguments.of("private key missing", "credentials:\n  ro:\n    username: u\n"
                        + "    private-key: /nonexistent/id_rsa\ndevices: []\n", 4,
                        "credential 'ro': private-key: file '/nonexistent/id_rsa' does not exist"),
                Arguments.of("passphrase without key", "credentials:\n  ro:\n    username: u\n    password: p\n"
                        + "    passphrase: x\ndevices: []\n", 5, "passphrase is only used with a private-key"),
                Arguments.of("reference in private-key", "credentials:\n  ro: { username: u, private-key: ${KEY} }\n"
                        + "devices: []\n", 2, "private-key is a path"),
                Arguments.of("unclosed reference", "credentials:\n  ro: { username: u, password: ${OOPS\n"
                        + "devices: []\n", 2, "'${' is not closed"),
                Arguments.of("invalid reference", "credentials:\n  ro: { username: u, password: ${vault:x} }\n"
                        + "devices: []\n", 2, "'${vault:x}' is neither"),
                Arguments.of("empty environment variable", "credentials:\n  ro: { username: u, password: ${EMPTY} }\n"
                        + "devices: []\n", 2, "credential 'ro': password is empty (from ${EMPTY})"),
                Arguments.of("device not a mapping", CREDENTIALS + "  - edge-01\n", 4,
                        "device #1 must be a mapping"),
                Arguments.of("unknown device key", CREDENTIALS + "  - name: edge-01\n    hots: a\n", 5,
                        "device 'edge-01': unknown key 'hots'"),
                Arguments.of("duplicate key", CREDENTIALS + "  - name: edge-01\n    name: edge-02\n", 5,
                        "key 'name' appears twice in one mapping (first on line 4)"),
                Arguments.of("nested value", CREDENTIALS + "  - name: edge-01\n    host: [a, b]\n", 5,
                        "device 'edge-01': host must be a single value, not a list"),
                Arguments.of("reference in a device", CREDENTIALS + "  - { name: a, host: ${HOST} }\n", 4,
                        "host may not contain a ${...} reference"),
                Arguments.of("name missing", CREDENTIALS + "  - host: a\n    platform: cisco_ios\n", 4,
                        "device: name is required"),
                Arguments.of("name not URL-safe", CREDENTIALS + "  - name: edge 02/x\n", 4,
                        "device 'edge 02/x': name must be 1-128 letters"),
                Arguments.of("name starting with a dot", CREDENTIALS + "  - { name: .hidden }\n", 4,
                        "device '.hidden': name must be"),
                Arguments.of("host missing", CREDENTIALS + "  - { name: a, platform: cisco_ios, credential: ro }\n",
                        4, "device 'a': host is required"),
                Arguments.of("port zero", CREDENTIALS + "  - name: a\n    host: h\n    port: 0\n", 6,
                        "device 'a': port '0' is not a whole number from 1 to 65535"),
                Arguments.of("port too large", CREDENTIALS + "  - { name: a, host: h, port: 65536 }\n", 4,
                        "port '65536' is not a whole number"),
                Arguments.of("port not a number", CREDENTIALS + "  - { name: a, host: h, port: ssh }\n", 4,
                        "port 'ssh' is not a whole number"),
                Arguments.of("platform missing", CREDENTIALS + "  - { name: a, host: h, credential: ro }\n", 4,
                        "device 'a': platform is required"),
                Arguments.of("platform unknown", CREDENTIALS + "  - name: edge-01\n    host: h\n"
                        + "    platform: cisco_iso\n", 6,
                        "device 'edge-01': unknown platform 'cisco_iso' (supported:"
                                + " autodetect, arista_eos, cisco_ios, cisco_nxos, cisco_xr, juniper_junos)"),
                Arguments.of("credential missing", CREDENTIALS + "  - { name: a, host: h, platform: cisco_ios }\n", 4,
                        "device 'a': credential is required"),
                Arguments.of("credential undefined", CREDENTIALS + "  - name: a\n    host: h\n"
                        + "    platform: cisco_ios\n    credential: rw\n", 7,
                        "device 'a': credential 'rw' is not defined in 'credentials' (defined: ro)"),
                Arguments.of("zone too long",
                        CREDENTIALS + "  - { name: a, host: h, platform: cisco_ios, credential: ro,"
                                + " zone: " + "z".repeat(64) + " }\n",
                        4, "device 'a': zone 'zzz"),
                Arguments.of("zone starting with a dash", CREDENTIALS + "  - { name: a, host: h, platform: cisco_ios,"
                        + " credential: ro, zone: -x }\n", 4, "device 'a': zone '-x' must be 1-63 letters"),
                Arguments.of("zone not a single value", CREDENTIALS + "  - name: a\n    zone: [x, y]\n", 5,
                        "device 'a': zone must be a single value, not a list"),
                Arguments.of("alias", "credentials:\n  ro: &ro { username: u, password: p }\n  rw: *ro\n"
                        + "devices: []\n", 3, "YAML aliases"),
                Arguments.of("two documents", "devices: []\n---\ndevices: []\n", 3, "only one YAML document"));
    }
}
