package io.driftwatch.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read from a router, made safe once where it enters: a router is a remote party that may be broken, a
 * terminal server in between may add its own bytes, and a compromised one may send whatever harms us most. Invalid
 * UTF-8 becomes U+FFFD, terminal escape sequences (CSI, OSC and other string sequences, two-char ESC sequences) are
 * dropped, CRLF and lone CR become LF, and every other C0/C1 control character but tab and newline is removed: no
 * NUL reaches the database or a hook's environment, and no cursor move reaches a parser or a page.
 * Plain string scanning, one pass each, so no input makes it slower than linear.
 */
public final class RouterText {

    /** How much router text one log line carries at most. */
    public static final int LOG_LIMIT = 200;

    private static final char ESC = '\u001B';
    private static final char BEL = '\u0007';
    /** C1 controls that open a sequence, as 8-bit terminals send them. */
    private static final char CSI_8BIT = '\u009B';
    private static final char OSC_8BIT = '\u009D';
    private static final char ST_8BIT = '\u009C';

    private RouterText() {
    }

    /** Bytes from a router as clean text. */
    public static String clean(byte[] bytes) {
        return bytes == null ? null : clean(decode(bytes, 0, bytes.length));
    }

    /** Text from a router (already decoded, or built from router text) as clean text. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        // Controls go before line ends are read, so a NUL between a CR and its LF does not make two line ends.
        return lineEndings(withoutControls(withoutEscapes(text), true));
    }

    /**
     * Decodes UTF-8, replacing every malformed or truncated sequence with U+FFFD instead of failing or guessing:
     * one bad byte costs one character, not the reply.
     */
    public static String decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // REPLACE never reports an error; kept total so a caller never sees one.
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
    }

    /**
     * Drops terminal escape sequences and keeps everything else, CR and backspace included, so a terminal's
     * rendering (overprinting after a pager marker) can still be worked out from what is left.
     */
    public static String withoutEscapes(String text) {
        if (text.indexOf(ESC) < 0 && text.indexOf(CSI_8BIT) < 0 && text.indexOf(OSC_8BIT) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == CSI_8BIT) {
                i = skipCsi(text, i + 1);
            } else if (c == OSC_8BIT) {
                i = skipString(text, i + 1);
            } else if (c != ESC) {
                out.append(c);
                i++;
            } else if (i + 1 >= n) {
                i++;
            } else {
                char next = text.charAt(i + 1);
                if (next == '[') {
                    i = skipCsi(text, i + 2);
                } else if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
                    // OSC, DCS, SOS, PM, APC: a string up to its terminator.
                    i = skipString(text, i + 2);
                } else {
                    i = skipShort(text, i + 1);
                }
            }
        }
        return out.toString();
    }

    /** CSI parameters (0x30-0x3F), intermediates (0x20-0x2F), then one final byte (0x40-0x7E). */
    private static int skipCsi(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x3F) {
            i++;
        }
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        if (i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E) {
            i++;
        }
        return i;
    }

    /**
     * A string sequence ends at BEL or ST; a line end ends it too, so an unterminated one costs the rest of its line,
     * never the rest of the reply.
     */
    private static int skipString(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == BEL || c == ST_8BIT) {
                return i + 1;
            }
            if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Two-char (and nF: ESC, intermediates, final) sequences such as {@code ESC 7}, {@code ESC ( B}, {@code ESC c}. */
    private static int skipShort(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        if (i < n && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7E) {
            i++;
        }
        return i;
    }

    /**
     * CRLF (and the CR CR LF some terminal servers send) becomes LF, and so does a lone CR, with which old devices end
     * lines. One CR use is a terminal's, kept as a terminal shows it: a pager's erase, CR and at least as many blanks
     * as the line holds and CR again, blanks the line, so {@code --More--} erased that way leaves no line behind and the
     * text after it continues where the marker was.
     */
    public static String lineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                out.append(c);
                if (c == '\n') {
                    lineStart = out.length();
                }
                continue;
            }
            int j = i + 1;
            while (j < n && text.charAt(j) == ' ') {
                j++;
            }
            int width = out.length() - lineStart;
            if (j < n && text.charAt(j) == '\r' && width > 0 && j - i - 1 >= width) {
                out.setLength(lineStart);
                i = j;
                continue;
            }
            j = i;
            while (j < n && text.charAt(j) == '\r') {
                j++;
            }
            out.append('\n');
            lineStart = out.length();
            // CR...CRLF is one line end.
            i = j < n && text.charAt(j) == '\n' ? j : j - 1;
        }
        return out.toString();
    }

    /** Removes C0 controls but tab and newline, DEL and the C1 controls. */
    public static String withoutControls(String text) {
        return withoutControls(text, false);
    }

    private static String withoutControls(String text, boolean keepCr) {
        int n = text.length();
        int first = 0;
        while (first < n && !removed(text.charAt(first), keepCr)) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!removed(c, keepCr)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean removed(char c, boolean keepCr) {
        return c < 0x20 && c != '\t' && c != '\n' && !(keepCr && c == '\r') || c >= 0x7F && c <= 0x9F;
    }

    /**
     * Router text (or a reason carrying it) fit for one log line: cut to {@value #LOG_LIMIT} chars plus an
     * ellipsis, with every control character, line and paragraph separator shown escaped, so a hostname with a
     * newline cannot start a forged log line and a megabyte of output cannot flood the log.
     */
    public static String forLog(String text) {
        if (text == null) {
            return null;
        }
        boolean cut = text.length() > LOG_LIMIT;
        int end = cut && Character.isHighSurrogate(text.charAt(LOG_LIMIT - 1)) ? LOG_LIMIT - 1 : LOG_LIMIT;
        String head = cut ? text.substring(0, end) : text;
        StringBuilder out = new StringBuilder(head.length() + 8);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return cut ? out.append('…').toString() : out.toString();
    }
}
