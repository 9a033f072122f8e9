package io.driftwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LabCommand command = new LabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void anUnknownHostKeyTypeIsRefusedWithTheAcceptedValuesAndTheUsage() {
        assertEquals(2, command.run(new String[] {"--devices", "3", "--host-key", "dsa"}));

        String refusal = err.toString(StandardCharsets.UTF_8);
        assertTrue(refusal.startsWith("--host-key must be one of ed25519, ecdsa, rsa, mix, not 'dsa'\n"), refusal);
        assertTrue(refusal.contains("usage: lab ") && refusal.contains("[--host-key ed25519|ecdsa|rsa|mix]"), refusal);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
