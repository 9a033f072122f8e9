package io.driftwatch.lab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ways a router of the hostile lab fleet misbehaves, as real routers (and compromised ones) do on a network
 * team's bad day: each provokes one of the daemon's defences for real, over SSH on loopback.
 */
public enum LabHostility {
    /** Behaves. */
    NONE,
    /** The inventory's password for it is wrong. */
    WRONG_PASSWORD,
    /** Nothing listens on its port. */
    CLOSED_PORT,
    /** Its port accepts the TCP connection and then never says a word, not even the SSH banner. */
    SILENT_PORT,
    /** Its port never answers a TCP connect, as a powered-off router's or one behind a firewall that drops. */
    DARK_PORT,
    /** Accepts the command and never answers it. */
    HUNG_COMMAND,
    /** Sends its version output one byte every {@value #DRIP_MILLIS} ms. */
    SLOW_DRIP,
    /** Sends part of its output, then drops the connection. */
    HANG_UP,
    /** Sends its version output followed by {@value #HUGE_OUTPUT_BYTES} bytes more. */
    HUGE_OUTPUT,
    /** Sends its version output with byte sequences that are not UTF-8 in it. */
    INVALID_UTF8,
    /** Sends a {@value #HUGE_BANNER_BYTES}-byte login banner before authentication. */
    HUGE_BANNER,
    /** Wraps its version output in NUL bytes, terminal escape sequences, bells and carriage returns. */
    CONTROL_CHARACTERS,
    /** Never stops sending. */
    ENDLESS_OUTPUT,
    /**
     * Sends valid output followed by text shaped to make regular expressions backtrack: {@code --} and 200,000
     * spaces, then {@code x}, then 100,000 blank lines.
     */
    BACKTRACKING;

    /** Every kind of misbehaviour, in the order the fleet hands them out. */
    public static final List<LabHostility> KINDS = List.of(WRONG_PASSWORD, CLOSED_PORT, SILENT_PORT, DARK_PORT,
            HUNG_COMMAND, SLOW_DRIP, HANG_UP, HUGE_OUTPUT, INVALID_UTF8, HUGE_BANNER, CONTROL_CHARACTERS,
            ENDLESS_OUTPUT,
            BACKTRACKING);

    static final int DRIP_MILLIS = 200;
    static final int HUGE_OUTPUT_BYTES = 5 * 1024 * 1024;
    static final int HUGE_BANNER_BYTES = 64 * 1024;
    /** Endless output: this many bytes every {@value #ENDLESS_MILLIS} ms, about 100 KiB/s. */
    static final int ENDLESS_CHUNK_BYTES = 2048;
    static final int ENDLESS_MILLIS = 20;
    static final int CHUNK_BYTES = 64 * 1024;

    /** Whether the router's version command itself misbehaves (rather than its port, login or banner). */
    boolean inOutput() {
        return switch (this) {
            case SLOW_DRIP, HANG_UP, HUGE_OUTPUT, INVALID_UTF8, CONTROL_CHARACTERS, ENDLESS_OUTPUT, BACKTRACKING ->
                true;
            default -> false;
        };
    }

    /** The version output wrapped in control bytes and escape sequences, which a terminal would hide. */
    static byte[] withControlCharacters(String output) {
        StringBuilder wrapped = new StringBuilder("\u001b[2J\u001b[H\u0007");
        for (String line : output.replace("\r\n", "\n").split("\n", -1)) {
            wrapped.append("\u001b[0m").append(line).append("\u0000\r\r\n");
        }
        return wrapped.append("\u0000\u001b[K\u0000").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The version output with lines of bytes that are not UTF-8 after its first line and at its end. */
    static byte[] withInvalidUtf8(String output) {
        int firstLineEnd = Math.max(0, output.indexOf('\n') + 1);
        byte[] invalid = {'#', ' ', (byte) 0xC3, '(', ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, ' ', (byte) 0xF8, (byte) 0x88, (byte) 0x80, '\r', '\n'};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(output.substring(0, firstLineEnd).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(invalid);
        bytes.writeBytes(output.substring(firstLineEnd).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(invalid);
        return bytes.toByteArray();
    }

    /** Valid output, then text that makes a careless pattern backtrack. */
    static byte[] withBacktrackingTail(String output) {
        return (output + "\r\n--" + " ".repeat(200_000) + "x\r\n" + "\r\n".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A chunk of plausible interface-status lines, as an endless or huge output repeats it. */
    static byte[] filler(int size) {
        String line = "Gi1/0/1   connected    1    a-full a-1000 10/100/1000BaseTX uplink to core\r\n";
        StringBuilder text = new StringBuilder(size + line.length());
        while (text.length() < size) {
            text.append(line);
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    /** A login banner of {@value #HUGE_BANNER_BYTES} bytes, as some legal departments write them. */
    static String hugeBanner() {
        String line = "WARNING: authorised access only. All activity is monitored and recorded.\r\n";
        StringBuilder banner = new StringBuilder(HUGE_BANNER_BYTES);
        while (banner.length() + line.length() <= HUGE_BANNER_BYTES) {
            banner.append(line);
        }
        return banner.append("=".repeat(HUGE_BANNER_BYTES - banner.length())).toString();
    }
}
