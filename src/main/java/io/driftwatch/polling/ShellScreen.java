package io.driftwatch.polling;

import io.driftwatch.text.RouterText;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What an interactive shell has printed, kept as text so prompts and pager markers can be found while the router is
 * still talking. Bytes are kept one char each (ISO-8859-1), which is lossless, and turned into UTF-8 text only when a
 * reply is cut out.
 */
final class ShellScreen extends OutputStream {

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    /** Where the last line starts, kept as text arrives so finding a prompt never rescans the screen. */
    private int lastLineStart;
    private boolean overflowed;
    private boolean closed;
    private long lastWrite = System.nanoTime();

    ShellScreen(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (text.length() + length > maxChars) {
            overflowed = true;
        } else {
            int start = text.length();
            text.append(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
            int newline = text.lastIndexOf("\n");
            if (newline >= start) {
                lastLineStart = newline + 1;
            }
        }
        lastWrite = System.nanoTime();
        notifyAll();
    }

    /** How long ago the router last printed something, or since the shell opened when it never did. */
    synchronized long sinceLastWrite() {
        return System.nanoTime() - lastWrite;
    }

    /** The channel closed: no more text will come, and waiting for it ends. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized boolean overflowed() {
        return overflowed;
    }

    synchronized int length() {
        return text.length();
    }

    /** The text printed since {@code from}. */
    synchronized String since(int from) {
        return text.substring(Math.min(from, text.length()));
    }

    /** Removes printed text, such as a pager marker that must not end up in the reply. */
    synchronized void cut(int from, int to) {
        text.delete(from, to);
        if (lastLineStart > from) {
            lastLineStart = from == 0 ? 0 : text.lastIndexOf("\n", from - 1) + 1;
        }
    }

    /**
     * The screen's length and its last line (from {@code from} at the earliest), as one snapshot.
     *
     * @param maxChars a longer last line is given as null: no prompt or pager marker is that long, and matching
     *                 stays cheap whatever a router prints without a line end
     */
    synchronized Tail tail(int from, int maxChars) {
        int start = Math.max(Math.min(from, text.length()), lastLineStart);
        String line = text.length() - start > maxChars ? null : text.substring(start);
        return new Tail(text.length(), start, line);
    }

    /**
     * @param lineStart where the last line starts
     * @param line      its raw text (one char per byte), or null when it is too long to be a prompt
     */
    record Tail(int length, int lineStart, String line) {
    }

    /** Whether {@code needle} was printed at or after {@code from}. */
    synchronized int indexOf(String needle, int from) {
        return text.indexOf(needle, from);
    }

    /** Whether a line end was printed at or after {@code from}. */
    synchronized boolean newlineAfter(int from) {
        return lastLineStart - 1 >= from;
    }

    /**
     * Waits until more than {@code seen} chars were printed, {@code deadline} passes or the channel closes.
     *
     * @return whether there is more text
     */
    synchronized boolean awaitMore(int seen, long deadline) throws InterruptedException {
        while (text.length() <= seen && !overflowed) {
            if (closed) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        return true;
    }

    /** The screen's chars as the UTF-8 the router meant, malformed bytes replaced. */
    static String decode(String screenText) {
        byte[] bytes = screenText.getBytes(StandardCharsets.ISO_8859_1);
        return RouterText.decode(bytes, 0, bytes.length);
    }
}
