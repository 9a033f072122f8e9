package io.driftwatch.polling;

import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.Readable;

/** A transport handler for tests that does one thing on each read, on the thread that delivers it. */
record OnRead(Action action) implements IoHandler {

    interface Action {
        void run() throws InterruptedException;
    }

    @Override
    public void messageReceived(IoSession session, Readable message) throws InterruptedException {
        action.run();
    }

    @Override
    public void sessionCreated(IoSession session) {
    }

    @Override
    public void sessionClosed(IoSession session) {
    }

    @Override
    public void exceptionCaught(IoSession session, Throwable cause) {
    }
}
