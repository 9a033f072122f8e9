package io.driftwatch.polling;

import io.driftwatch.text.RouterText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Collects command output up to a cap; past it the write fails, which makes MINA close the channel. */
final class CappedOutput extends ByteArrayOutputStream {

    private final int cap;
    private volatile boolean overflowed;
    private volatile long lastWrite = System.nanoTime();

    CappedOutput(int cap) {
        super(Math.min(cap, 8192));
        this.cap = cap;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (count + len > cap) {
            overflowed = true;
            throw new OutputCapExceeded(cap);
        }
        super.write(b, off, len);
        lastWrite = System.nanoTime();
    }

    /** How long ago the last bytes arrived, or since this output was made when none did. */
    long sinceLastWrite() {
        return System.nanoTime() - lastWrite;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** What the router sent, as clean text: the one place exec output becomes a String. */
    synchronized String text() {
        return RouterText.clean(RouterText.decode(buf, 0, count));
    }

    boolean overflowed() {
        return overflowed;
    }

    /** Unchecked so it crosses {@link java.io.OutputStream#write(byte[], int, int)} callers unchanged. */
    static final class OutputCapExceeded extends RuntimeException {
        OutputCapExceeded(int cap) {
            super(new IOException("output exceeded " + cap + " bytes"));
        }
    }
}
