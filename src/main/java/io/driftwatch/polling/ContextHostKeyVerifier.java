package io.driftwatch.polling;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;

/** Delegates each connection's host key decision to the {@link HostKeyCheck} it was opened with. */
final class ContextHostKeyVerifier implements ServerKeyVerifier {

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
        AttributeRepository context = session.getConnectionContext();
        HostKeyCheck check = context == null ? null : context.getAttribute(HostKeyCheck.KEY);
        // A connection opened without a check is a programming error; refusing is the safe answer.
        return check != null && check.verify(key);
    }
}
