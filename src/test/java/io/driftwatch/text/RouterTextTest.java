package io.driftwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Router text made safe where it enters. */
class RouterTextTest {

    @Test
    void controlCharactersGoButTabsAndLineEndsStay() {
        assertEquals("Version 1.2\tok\nnext", RouterText.clean("Ver\u0000sion 1.2\u0007\tok\u0008\n\u007Fnext\u0000"));
        assertEquals("a b", RouterText.clean("a\u0085\u009F b"));
    }

    @Test
    void escapeSequencesGoWhole() {
        assertEquals("Junos: 22.4R3", RouterText.clean("\u001B[2K\u001B[1;32mJunos: 22.4R3\u001B[0m"));
        assertEquals("title gone", RouterText.clean("\u001B]0;router: ~\u0007title gone"));
        assertEquals("string ended by ST", RouterText.clean("\u001B]2;x\u001B\\string ended by ST"));
        assertEquals("charset and cursor", RouterText.clean("\u001B(Bcharset\u001B7 and\u001B8 cursor\u001Bc"));
        assertEquals("8-bit CSI", RouterText.clean("\u009B1;2H8-bit CSI"));
        assertEquals("private mode", RouterText.clean("\u001B[?25lprivate mode\u001B[?25h"));
        // An escape cut off at the end costs only itself.
        assertEquals("tail", RouterText.clean("tail\u001B"));
        assertEquals("tail", RouterText.clean("tail\u001B["));
    }

    @Test
    void anUnterminatedStringSequenceCostsItsLineNotTheReply() {
        assertEquals("\nVersion 1.2\n", RouterText.clean("\u001B]0;never terminated\r\nVersion 1.2\n"));
    }

    @Test
    void lineEndsBecomeLineFeeds() {
        assertEquals("a\nb\nc\nd\n", RouterText.clean("a\r\nb\r\r\nc\rd\n"));
        // A pager's erase blanks its marker's line, as a terminal shows it; a shorter one is not an erase.
        assertEquals("x\nVersion 1.2", RouterText.clean("x\n--More--\r        \rVersion 1.2"));
        assertEquals("x\n\nVersion 1.2", RouterText.clean("x\n--More--\r        \r\nVersion 1.2"));
        assertEquals("Version 1.2\n \n", RouterText.clean("Version 1.2\r \r\n"));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        byte[] bytes = {'V', (byte) 0xFF, ' ', (byte) 0xC3, '1', (byte) 0xE2, (byte) 0x82};
        assertEquals("V\uFFFD \uFFFD1\uFFFD", RouterText.clean(bytes));
        assertEquals("Zürich", RouterText.clean("Zürich".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void cleanTextIsLeftAsItIs() {
        String text = "Cisco IOS XE Software, Version 17.09.04a\n\tedge-01 uptime is 1 day\n";
        assertEquals(text, RouterText.clean(text));
        assertNull(RouterText.clean((String) null));
    }

    @Test
    void theLogFormIsOneShortLine() {
        String forged = "edge-01\n2026-12-01 INFO  [io.dri.aut.Login] admin logged in\u001B[2J";
        String logged = RouterText.forLog(forged);
        assertFalse(logged.contains("\n"), logged);
        assertFalse(logged.contains("\u001B"), logged);
        assertTrue(logged.startsWith("edge-01\\n2026-12-01"), logged);
        assertTrue(logged.endsWith("\\u001b[2J"), logged);

        String long_ = "x".repeat(5000);
        assertEquals("x".repeat(RouterText.LOG_LIMIT) + "…", RouterText.forLog(long_));
        assertEquals("a\\u2028b\\tc\\r", RouterText.forLog("a\u2028b\tc\r"));
        assertEquals("short", RouterText.forLog("short"));
    }
}
