package io.driftwatch.testing;

import io.driftwatch.lab.LabFacts;
import io.driftwatch.lab.LabOutputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * A router whose exec reply is valid IOS output wrapped the way broken firmware and terminal servers wrap it: NUL
 * bytes, terminal escapes (a window title, erase-line, colours), CR CR LF line ends, a pager's erase and bytes that
 * are not UTF-8. Its own small SSH server, because the lab routers only ever send clean text.
 */
public final class NoisyRouter {

    public static final LabFacts FACTS = new LabFacts("noisy-01", "17.9.4a", "C9300-48P", "FOC2229X0AB", 86_400,
            null);
    private static final byte[] INVALID = {(byte) 0xFF, (byte) 0xC3, (byte) 0xE2, (byte) 0x82};

    private final SshServer server;

    private NoisyRouter(SshServer server) {
        this.server = server;
    }

    /** Starts the router on a free loopback port, with login {@code username}/{@code password}. */
    public static NoisyRouter start(String username, String password) throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        KeyPair hostKey = hostKey();
        server.setKeyPairProvider(KeyPairProvider.wrap(List.of(hostKey)));
        server.setPasswordAuthenticator((user, pass, session) -> username.equals(user) && password.equals(pass));
        server.setCommandFactory((channel, command) -> new NoisyReply());
        server.start();
        return new NoisyRouter(server);
    }

    public int port() {
        return server.getPort();
    }

    public void close() throws IOException {
        server.stop(true);
    }

    /** The bytes the router sends for {@code show version}. */
    public static byte[] reply() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(INVALID);
        out.writeBytes("\r\n\u001B]0;noisy-01: ~\u0007\u001B[?25l\u0000".getBytes(StandardCharsets.UTF_8));
        for (String line : LabOutputs.render("cisco_ios", FACTS).split("\n", -1)) {
            out.writeBytes((" --More-- \r          \r\u001B[2K\u001B[1;32m" + line + "\u001B[0m\u0000\r\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(INVALID);
        out.writeBytes(new byte[] {0, 0, 0});
        return out.toByteArray();
    }

    private static KeyPair hostKey() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static final class NoisyReply implements Command {
        private OutputStream out;
        private ExitCallback exit;

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            out.write(reply());
            out.flush();
            exit.onExit(0);
        }

        @Override
        public void destroy(ChannelSession channel) {
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }
    }
}
