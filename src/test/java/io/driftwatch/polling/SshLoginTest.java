package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.Test;

/** A rejected login is told by MINA's disconnect code, whatever the message says. */
class SshLoginTest {

    @Test
    void aLoginWithNoMethodLeftIsRejected() {
        assertTrue(SshLogin.authRejected(new SshException(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                "any words")));
    }

    @Test
    void otherFailuresAreNotRejectionsEvenWithTheSameWords() {
        assertFalse(SshLogin.authRejected(new SshException("No more authentication methods available")));
        assertFalse(SshLogin.authRejected(new SshException(SshConstants.SSH2_DISCONNECT_KEY_EXCHANGE_FAILED,
                "No more authentication methods available")));
        assertFalse(SshLogin.authRejected(new IOException("No more authentication methods available")));
    }
}
