package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cutting a reply out of what a terminal showed. */
class ShellDialogueTest {

    @Test
    void aPromptPrintedTwiceOnOneLineIsOnePrompt() {
        assertEquals("router#", ShellDialogue.onePrompt("router#router#"));
        assertEquals("edge-01>", ShellDialogue.onePrompt("edge-01>edge-01>edge-01>"));
        assertEquals("router#", ShellDialogue.onePrompt("router#"));
        assertEquals("a#b#", ShellDialogue.onePrompt("a#b#"));
        assertEquals("##", ShellDialogue.onePrompt("##"));
    }

    @Test
    void theEchoedCommandAndTheClosingPromptAreStripped() {
        String screen = "show version\r\nCisco IOS XE Software, Version 17.09.04a\r\nedge-01 uptime is 1 day\r\nedge-01#";

        assertEquals("Cisco IOS XE Software, Version 17.09.04a\nedge-01 uptime is 1 day\n",
                ShellDialogue.reply(screen, "show version"));
    }

    @Test
    void aPagerErasedWithBackspacesOrCarriageReturnsLeavesNoTrace() {
        String erase = "\b".repeat(10);
        String screen = "show version\r\nline 1\r\n" + erase + " ".repeat(10) + erase + "line 2\r\n"
                + "\r          \rline 3\r\nr1>";

        assertEquals("line 1\nline 2\nline 3\n", ShellDialogue.reply(screen, "show version"));
    }

    @Test
    void terminalEscapesAreDropped() {
        assertEquals("Junos: 22.4R3", ShellDialogue.render("\u001B[2KJunos: 22.4R3   "));
    }

    @Test
    void everyPlatformHasAPagingDecision() {
        for (String platform : io.driftwatch.parsing.ParserRegistry.standard().platforms()) {
            assertEquals(true, PagingCommands.knows(platform), platform);
        }
        assertEquals(java.util.Optional.empty(), PagingCommands.of("fortinet"));
        assertEquals("set cli screen-length 0", PagingCommands.of("juniper_junos").orElseThrow());
    }
}
