package io.driftwatch.inventory;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

/** The {@code groups:} mapping and {@code max-sessions}: what loads, and every mistake with its line. */
class GroupOptionsLoaderTest {

    private static final String ENABLE = "en4ble-Secret";

    /** Two lines of credentials, so a {@code groups:} mapping appended after them starts on line 3. */
    private static final String CREDENTIALS = """
            credentials:
              ro: { username: netops, password: plain-text }
            """;

    @TempDir
    Path dir;
    Path file;
    InventoryLoader loader;

    @BeforeEach
    void setUp() {
        file = dir.resolve("inventory.yaml");
        loader = new InventoryLoader(YamlInventoryLoaderTest.PLATFORMS,
                Map.of("ROUTER_PASSWORD", "pw", "ENABLE_SECRET", ENABLE)::get);
    }

    @Test
    void loadsTheDocumentedExample() throws Exception {
        write(dir, "inventory.yaml",
                """
                        groups:
                          legacy:
                            ssh: { kex: [diffie-hellman-group1-sha1], ciphers: [aes128-cbc, 3des-cbc], macs: [hmac-sha1], host-key-algorithms: [ssh-rsa] }
                            shell: true
                            jump-host: { host: bastion.example.net, port: 2222, credential: bastion }
                            enable: ${ENABLE_SECRET}
                          quiet:
                        credentials:
                          core-ro: { username: netops, password: ${ROUTER_PASSWORD}, max-sessions: 8 }
                          bastion: { username: jump, password: jump-pw }
                        devices:
                          - { name: old-01, host: 192.0.2.1, platform: cisco_ios, credential: core-ro, group: legacy }
                          - { name: new-01, host: 192.0.2.2, platform: cisco_ios, credential: core-ro, group: core }
                        """);

        Inventory inventory = loader.load(file, null);

        GroupOptions legacy = inventory.optionsOf(inventory.devices().get(0));
        assertEquals(List.of("diffie-hellman-group1-sha1"), legacy.ssh().kex());
        assertEquals(List.of("aes128-cbc", "3des-cbc"), legacy.ssh().ciphers());
        assertEquals(List.of("hmac-sha1"), legacy.ssh().macs());
        assertEquals(List.of("ssh-rsa"), legacy.ssh().hostKeyAlgorithms());
        assertTrue(legacy.shell());
        assertEquals(new GroupOptions.JumpHost("bastion.example.net", 2222, "bastion"), legacy.jumpHost());
        assertEquals(ENABLE, legacy.enable().reveal());
        assertFalse(legacy.toString().contains(ENABLE), legacy.toString());
        assertSame(GroupOptions.DEFAULTS, inventory.optionsOf(inventory.devices().get(1)));
        assertSame(GroupOptions.DEFAULTS, inventory.groups().get("quiet"));
        assertEquals(8, inventory.credentials().get("core-ro").maxSessions());
        assertNull(inventory.credentials().get("bastion").maxSessions());
    }

    @Test
    void enableAloneImpliesAShellAndJumpPortDefaultsTo22() throws Exception {
        write(dir, "inventory.yaml", CREDENTIALS + """
                groups:
                  e: { enable: literal-secret, jump-host: { host: b, credential: ro } }
                devices: []
                """);

        GroupOptions options = loader.load(file, null).groups().get("e");

        assertFalse(options.shell());
        assertTrue(options.needsShell());
        assertEquals(22, options.jumpHost().port());
        assertTrue(options.ssh().isEmpty());
    }

    @Test
    void aCsvInventoryTakesGroupsFromItsCredentialsFile() throws Exception {
        Path csv = write(dir, "devices.csv",
                "name,host,platform,credential,group\nold,192.0.2.1,cisco_ios,ro,legacy\n");
        write(dir, "credentials.yaml", CREDENTIALS + "groups:\n  legacy: { shell: true }\n");

        Inventory inventory = loader.load(csv, null);

        assertTrue(inventory.optionsOf(inventory.devices().get(0)).shell());
    }

    @Test
    void aGroupZoneGoesToItsDevicesThatNameNoneOfTheirOwn() throws Exception {
        write(dir, "inventory.yaml", CREDENTIALS + """
                groups:
                  remote: { zone: branch }
                devices:
                  - { name: inherits, host: 10.1.0.1, platform: cisco_ios, credential: ro, group: remote }
                  - { name: overrides, host: 10.1.0.2, platform: cisco_ios, credential: ro, group: remote, zone: lab }
                  - { name: central, host: 10.0.0.1, platform: cisco_ios, credential: ro, group: core }
                """);

        Inventory inventory = loader.load(file, null);

        assertEquals("branch", inventory.groups().get("remote").zone());
        assertNull(inventory.devices().get(0).zone());
        assertEquals("branch", inventory.zoneOf(inventory.devices().get(0)));
        assertEquals("lab", inventory.zoneOf(inventory.devices().get(1)));
        assertNull(inventory.zoneOf(inventory.devices().get(2)));
        assertNull(GroupOptions.DEFAULTS.zone());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidGroups")
    void invalidGroupsNameTheLineAndTheReason(String description, String groups, int line, String reason)
            throws IOException {
        write(dir, "inventory.yaml", CREDENTIALS + groups + "devices: []\n");

        SourceFileException e = assertThrows(SourceFileException.class, () -> loader.load(file, null));

        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    static Stream<Arguments> invalidGroups() {
        return Stream.of(
                Arguments.of("groups not a mapping", "groups: [legacy]\n", 3, "'groups' must be a mapping"),
                Arguments.of("group not a mapping", "groups:\n  legacy: [a]\n", 4, "group 'legacy': must be a mapping"),
                Arguments.of("unknown group key", "groups:\n  legacy:\n    shel: true\n", 5,
                        "group 'legacy': unknown key 'shel' (allowed: enable, jump-host, shell, ssh, zone)"),
                Arguments.of("unknown ssh key", "groups:\n  legacy:\n    ssh:\n      cipher: [aes128-cbc]\n", 6,
                        "group 'legacy': ssh: unknown key 'cipher' (allowed: ciphers, host-key-algorithms, kex, macs)"),
                Arguments.of("unknown cipher", "groups:\n  legacy:\n    ssh:\n      ciphers:\n        - aes128-cbc\n"
                        + "        - aes128-cbd\n", 8, "group 'legacy': ssh: unknown cipher 'aes128-cbd' (supported:"),
                Arguments.of("unknown kex", "groups:\n  legacy: { ssh: { kex: [diffie-hellman-group2-sha1] } }\n", 4,
                        "unknown key exchange 'diffie-hellman-group2-sha1'"),
                Arguments.of("unknown mac", "groups:\n  legacy: { ssh: { macs: [hmac-sha3] } }\n", 4,
                        "unknown MAC 'hmac-sha3'"),
                Arguments.of("unknown host key algorithm",
                        "groups:\n  legacy: { ssh: { host-key-algorithms: [ssh-dsa] } }\n", 4,
                        "unknown host key algorithm 'ssh-dsa'"),
                Arguments.of("upper-case algorithm", "groups:\n  legacy: { ssh: { ciphers: [AES128-CBC] } }\n", 4,
                        "names are lower case: 'aes128-cbc'"),
                Arguments.of("algorithms not a list", "groups:\n  legacy:\n    ssh:\n      macs: { a: b }\n", 6,
                        "macs must be a list of algorithm names"),
                Arguments.of("shell not a boolean", "groups:\n  legacy: { shell: yes please }\n", 4,
                        "group 'legacy': shell must be true or false"),
                Arguments.of("jump host without host", "groups:\n  j:\n    jump-host: { credential: ro }\n", 5,
                        "group 'j': jump-host: host is required"),
                Arguments.of("jump host unknown key", "groups:\n  j:\n    jump-host:\n      hots: b\n", 6,
                        "group 'j': jump-host: unknown key 'hots'"),
                Arguments.of("jump host bad port", "groups:\n  j:\n    jump-host:\n      host: b\n      port: 0\n"
                        + "      credential: ro\n", 7, "jump-host: port '0' is not a whole number"),
                Arguments.of("jump host credential undefined", "groups:\n  j:\n    jump-host:\n      host: b\n"
                        + "      credential: rw\n", 7,
                        "group 'j': jump-host: credential 'rw' is not defined in 'credentials' (defined: ro)"),
                Arguments.of("jump host reference", "groups:\n  j: { jump-host: { host: ${HOST}, credential: ro } }\n",
                        4, "host may not contain a ${...} reference"),
                Arguments.of("zone not a name", "groups:\n  remote:\n    zone: a/b\n", 5,
                        "group 'remote': zone 'a/b' must be 1-63 letters, digits, '.', '_' or '-', starting with a"
                                + " letter or digit"),
                Arguments.of("zone reference", "groups:\n  remote: { zone: ${ZONE} }\n", 4,
                        "group 'remote': zone may not contain a ${...} reference"),
                Arguments.of("enable unset variable", "groups:\n  e:\n    enable: ${UNSET_ENABLE}\n", 5,
                        "group 'e': enable: environment variable 'UNSET_ENABLE' is not set"),
                Arguments.of("enable empty", "groups:\n  e:\n    enable: ''\n", 5, "group 'e': enable is empty"));
    }

    @Test
    void maxSessionsMustBeAPositiveWholeNumber() throws IOException {
        write(dir, "inventory.yaml", "credentials:\n  x:\n    username: u\n    password: p\n    max-sessions: 0\n"
                + "devices: []\n");
        SourceFileException zero = assertThrows(SourceFileException.class, () -> loader.load(file, null));
        assertEquals(file + ":5: credential 'x': max-sessions '0' is not a whole number from 1 to 10000",
                zero.getMessage());

        write(dir, "inventory.yaml", "credentials:\n  x: { username: u, password: p, max-sessions: many }\n"
                + "devices: []\n");
        SourceFileException words = assertThrows(SourceFileException.class, () -> loader.load(file, null));
        assertEquals(2, words.line());
    }
}
