package io.driftwatch.inventory;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryServiceTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    Path file;
    InventoryService service;

    @BeforeEach
    void setUp() {
        file = dir.resolve("inventory.yaml");
        InventoryConfig config = new InventoryConfig() {
            @Override
            public Source source() {
                return Source.FILE;
            }

            @Override
            public Path path() {
                return file;
            }

            @Override
            public Optional<Path> credentialsPath() {
                return Optional.empty();
            }
        };
        service = new InventoryService(config, null, YamlInventoryLoaderTest.PLATFORMS,
                Map.of("ROUTER_PASSWORD", "pw")::get, Clock.fixed(START, ZoneOffset.UTC));
    }

    @Test
    void startUpFailsWithoutAValidInventory() throws IOException {
        write(file, "devices: [\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> service.onStart(null));

        assertTrue(e.getMessage().contains(file + ":"), e.getMessage());
        assertTrue(service.current().isEmpty());
    }

    @Test
    void reloadKeepsTheLastGoodInventoryAndReportsTheError() throws IOException {
        write(file, device("edge-01"));
        service.onStart(null);
        Inventory first = service.current().orElseThrow();
        assertEquals(Optional.of(START), service.loadedAt());

        write(file, device("edge-01") + "  - { name: edge-02, host: h, platform: cisco_iso, credential: ro }\n");
        Inventory afterBrokenEdit = service.reload();

        assertSame(first, afterBrokenEdit);
        assertSame(first, service.current().orElseThrow());
        String error = service.lastError().orElseThrow();
        assertTrue(error.startsWith(file + ":5: device 'edge-02': unknown platform 'cisco_iso'"), error);

        write(file, device("edge-03"));
        Inventory fixed = service.reload();

        assertEquals("edge-03", fixed.devices().get(0).name());
        assertSame(fixed, service.current().orElseThrow());
        assertFalse(service.lastError().isPresent());
    }

    @Test
    void reloadPicksUpRotatedSecrets() throws IOException {
        Path secret = dir.resolve("password");
        Files.writeString(secret, "old\n");
        write(file, """
                credentials:
                  ro: { username: u, password: ${file:password} }
                devices: []
                """);
        service.onStart(null);

        Files.writeString(secret, "new\n");

        assertEquals("new", service.reload().credentials().get("ro").password().reveal());
    }

    private static String device(String name) {
        return """
                credentials:
                  ro: { username: u, password: ${ROUTER_PASSWORD} }
                devices:
                  - { name: %s, host: h, platform: cisco_ios, credential: ro }
                """.formatted(name);
    }
}
