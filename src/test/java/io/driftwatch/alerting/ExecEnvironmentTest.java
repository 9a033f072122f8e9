package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Router text that reaches an exec hook's environment cannot stop the command from starting. */
class ExecEnvironmentTest {

    @Test
    void controlCharactersNeverReachTheEnvironment() {
        // Stored before router text was cleaned where it enters: a NUL, an escape and a bell in the version.
        EventMessage event = new EventMessage("event-1", 1, "VERSION_CHANGED", "r1", "core", "10.0.0.1", "cisco_ios",
                "17.9.4", "17.12\u0000.1\u001B\u0007", "UPGRADE", "line one\nline two", 9L,
                Instant.parse("2026-12-01T08:00:00Z"), "https://d/devices/r1");
        Hook hook = hook(List.of("sh", "-c", "test \"$DRIFTWATCH_TO\" = '17.12.1'"));
        Outgoing message = new Outgoing(1, "x", 1, event, null);

        assertEquals("17.12.1", ExecSender.variables(hook, message).get("DRIFTWATCH_TO"));
        assertEquals("line one\nline two", ExecSender.variables(hook, message).get("DRIFTWATCH_EVIDENCE"));
        // The process really starts, and sees the cleaned value.
        assertDoesNotThrow(() -> new ExecSender().send(hook, message));
    }

    private static Hook hook(List<String> command) {
        return new Hook("x", HookType.EXEC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Set.of(),
                Set.of(), command, Duration.ofSeconds(10), false, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
