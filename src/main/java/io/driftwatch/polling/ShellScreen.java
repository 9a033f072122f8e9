package io.driftwatch.polling;

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
            text.append(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
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

    static String decode(String screenText) {
        return new String(screenText.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
