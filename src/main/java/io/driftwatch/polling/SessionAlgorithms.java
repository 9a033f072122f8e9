package io.driftwatch.polling;

import io.driftwatch.inventory.GroupOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.BuiltinSignatures;

/**
 * Adds a group's legacy algorithms to one session, never to the shared client, and notes the first error a session
 * meets (see {@link SessionFailure}) and the algorithms each session agreed on (see {@link NegotiatedAlgorithms}).
 *
 * <p>
 * The hook: MINA's {@code AbstractSessionIoHandler.sessionCreated} builds the {@code ClientSessionImpl} (whose
 * constructor stores the connection context), then fires {@link SessionListener#sessionCreated}, and only then calls
 * {@code session.start()}, which sends the client identification and the KEXINIT proposal. So factories set on the
 * session in this listener are the ones proposed in the first key exchange. Setting them after
 * {@code connect()} returns would be too late: the proposal may already be on the wire.
 */
final class SessionAlgorithms implements SessionListener {

    static final AttributeKey<GroupOptions.SshAlgorithms> KEY = new AttributeKey<>();

    private final NegotiatedAlgorithms negotiated;
    private final KeyExchangeGate keyExchanges;

    SessionAlgorithms(NegotiatedAlgorithms negotiated, KeyExchangeGate keyExchanges) {
        this.negotiated = negotiated;
        this.keyExchanges = keyExchanges;
    }

    @Override
    public void sessionCreated(Session session) {
        if (!(session instanceof ClientSession client)) {
            return;
        }
        AttributeRepository context = client.getConnectionContext();
        GroupOptions.SshAlgorithms extra = context == null ? null : context.getAttribute(KEY);
        if (extra == null || extra.isEmpty()) {
            return;
        }
        // The getters fall back to the client's lists, so these are the defaults plus the extras, last.
        client.setKeyExchangeFactories(appended(client.getKeyExchangeFactories(), extra.kex(),
                name -> keyExchanges.measuring(ClientBuilder.DH2KEX.apply(BuiltinDHFactories.fromFactoryName(name)))));
        client.setCipherFactories(appended(client.getCipherFactories(), extra.ciphers(),
                BuiltinCiphers::fromFactoryName));
        client.setMacFactories(appended(client.getMacFactories(), extra.macs(), BuiltinMacs::fromFactoryName));
        client.setSignatureFactories(appended(client.getSignatureFactories(), extra.hostKeyAlgorithms(),
                BuiltinSignatures::fromFactoryName));
    }

    @Override
    public void sessionNegotiationEnd(Session session, Map<KexProposalOption, String> clientProposal,
            Map<KexProposalOption, String> serverProposal, Map<KexProposalOption, String> negotiatedOptions,
            Throwable reason) {
        if (reason == null) {
            negotiated.record(negotiatedOptions);
        }
        recordFailure(session, reason);
    }

    @Override
    public void sessionException(Session session, Throwable error) {
        recordFailure(session, error);
    }

    private static void recordFailure(Session session, Throwable error) {
        if (error != null && session instanceof ClientSession client && client.getConnectionContext() != null) {
            SessionFailure failure = client.getConnectionContext().getAttribute(SessionFailure.KEY);
            if (failure != null) {
                failure.record(error);
            }
        }
    }

    /** The defaults in their order, then each extra the defaults lack: lowest preference, so only a fallback. */
    private static <T extends NamedResource> List<T> appended(List<T> defaults, List<String> extras,
            Function<String, ? extends T> byName) {
        List<T> result = new ArrayList<>(defaults);
        List<String> present = NamedResource.getNameList(defaults);
        for (String name : extras) {
            if (!present.contains(name)) {
                result.add(byName.apply(name));
            }
        }
        return result;
    }
}
