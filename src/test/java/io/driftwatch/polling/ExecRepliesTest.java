package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which exec replies are refusals in disguise, and which are answers. */
class ExecRepliesTest {

    private static final String VERSION = """
            Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE SOFTWARE (fc2)
            Technical Support: http://www.cisco.com/techsupport
            ROM: Bootstrap program is C2960X boot loader
            edge-01 uptime is 1 week, 2 days, 3 hours, 4 minutes
            System image file is "flash:c2960x-universalk9-mz.152-7.E4.bin"
            """;

    @Test
    void failuresAreNoAnswer() {
        assertEquals("exec answered '% exec not supported, use a shell' (exit status 1)",
                ExecReplies.unusable(1, "% exec not supported, use a shell\r\n", ""));
        assertEquals("exec printed nothing", ExecReplies.unusable(0, "", ""));
        assertEquals("exec printed nothing", ExecReplies.unusable(null, " \r\n\u0000", ""));
        assertEquals("exec exited with status 127 and printed nothing", ExecReplies.unusable(127, "", ""));
        assertEquals("exec answered '% Invalid input detected at '^' marker.'",
                ExecReplies.unusable(0, "% Invalid input detected at '^' marker.\r\n", ""));
        assertEquals("exec answered '^ % Invalid input detected at '^' marker.'",
                ExecReplies.unusable(0, "          ^\r\n% Invalid input detected at '^' marker.\r\n", ""));
        assertEquals("exec answered 'Unknown command: show version'",
                ExecReplies.unusable(0, "", "Unknown command: show version\n"));
        assertEquals("exec answered 'ERROR: SYNTAX ERROR near version'",
                ExecReplies.unusable(0, "ERROR: SYNTAX ERROR near version", ""));
        // A short reply that exits non-zero is a failure even without a known phrase.
        assertEquals("exec answered 'nope' (exit status 2)", ExecReplies.unusable(2, "nope\n", ""));
    }

    @Test
    void answersAreAnswers() {
        assertNull(ExecReplies.unusable(0, VERSION, ""));
        // A full answer counts even with a non-zero exit status, and even if a line mentions an error phrase.
        assertNull(ExecReplies.unusable(1, VERSION + "Feature not supported on this line card\n", ""));
        // Short output no parser reads is still an answer; the parser says what is wrong with it.
        assertNull(ExecReplies.unusable(0, "%% Unrecognized reply from line card 3\nsegfault at 0x0000dead\n", ""));
    }

    @Test
    void hostileRepliesCostLinearTime() {
        String spaces = "--" + " ".repeat(1 << 20) + "x";
        String blankLines = "% Invalid" + "\n".repeat(1 << 20);
        String controls = "\u0000\u001b[2J".repeat(1 << 18);
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            assertNull(ExecReplies.unusable(0, spaces, ""));
            assertEquals("exec answered '% Invalid'", ExecReplies.unusable(0, blankLines, ""));
            // Control characters never reach the reason; a long quote is cut.
            String reason = ExecReplies.unusable(1, controls.substring(0, 140), "");
            assertEquals("exec answered '" + "[2J".repeat(27).substring(0, 80) + "…' (exit status 1)", reason);
            assertNull(ExecReplies.unusable(0, controls, ""));
        });
    }
}
