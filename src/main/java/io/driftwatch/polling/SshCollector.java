package io.driftwatch.polling;

import io.driftwatch.domain.PollMode;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.text.RouterText;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BiPredicate;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.future.CloseFuture;

/**
 * Runs one command on one device over an exec channel, or an interactive shell where the group asks for one, an
 * earlier poll learned that the device needs one, or the router refuses exec or answers it with a failure (see
 * {@link ExecReplies}), with every wait bounded by its own timeout and by the device's overall deadline. Never throws: every way an attempt can end is a {@link Collected}.
 */
@ApplicationScoped
public class SshCollector {

    private static final int MAX_STDERR_BYTES = 64 * 1024;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** A router that sent something this recently when a time limit struck was still talking, not hung. */
    private static final Duration STILL_SENDING = Duration.ofSeconds(1);
    /** Wide enough that no version output line wraps. */
    private static final int PTY_COLUMNS = 511;

    private final SshLogin login;
    private final SshConfig config;
    private final JumpTunnels jumpTunnels;

    public SshCollector(SshLogin login, SshConfig config, JumpTunnels jumpTunnels) {
        this.login = login;
        this.config = config;
        this.jumpTunnels = jumpTunnels;
    }

    /**
     * A command and what the router answered to it.
     *
     * @param mode         the channel it went through; null until the collector says
     * @param shellLearned what exec answered, when that sent this reply through the shell; else null
     */
    record Reply(String command, String output, PollMode mode, String shellLearned) {

        Reply(String command, String output) {
            this(command, output, null, null);
        }

        Reply via(PollMode channel, String learned) {
            return new Reply(command, output, channel, learned);
        }
    }

    /**
     * What an exec channel brought back.
     *
     * @param unusable why the reply is a refusal in disguise rather than an answer, or null for an answer
     */
    private record ExecAnswer(String output, String unusable) {
    }

    /** The part of an attempt that runs once the session is authenticated. */
    @FunctionalInterface
    private interface SessionWork {
        Reply run(ClientSession session) throws IOException, InterruptedException;
    }

    /** @param deadline {@link System#nanoTime()} value by which the attempt must end */
    Collected collect(PollTarget target, long deadline) {
        Collected collected = attempt(target, deadline, session -> target.shell()
                ? new Reply(target.command(), shell(session, target, deadline)).via(PollMode.SHELL, null)
                : execute(session, target, deadline));
        return shellAfterClosedSession(target, collected, shellTarget -> collect(shellTarget, deadline));
    }

    /**
     * When exec answered with a failure and the router then closed the session, asks again through the shell on a
     * new session, within the same deadline.
     */
    private static Collected shellAfterClosedSession(PollTarget target, Collected collected,
            java.util.function.Function<PollTarget, Collected> again) {
        if (target.shell() || collected.status() == PollStatus.OK || collected.shellLearned() == null) {
            return collected;
        }
        Collected throughShell = again.apply(target.throughShell(collected.shellLearned()));
        return throughShell.learnedShell(collected.shellLearned());
    }

    /**
     * Asks the commands in turn on one session, an exec channel each (or all in one shell), until
     * {@code recognised} accepts a reply. A reply that is an error, such as an unknown command, is just not
     * recognised; a timeout ends the probe, since the deadline is shared.
     *
     * @return on success, the recognised reply and its command, or when none was recognised a null command and
     *         every reply
     */
    Collected probe(PollTarget target, List<String> commands, BiPredicate<String, String> recognised,
            long deadline) {
        Collected collected = attempt(target, deadline, session -> {
            ShellWork<Reply> shellProbe = dialogue -> dialogue.probe(target, commands, recognised);
            if (target.shell()) {
                return inShell(session, deadline, shellProbe).via(PollMode.SHELL, null);
            }
            StringBuilder replies = new StringBuilder();
            // A router that fails every exec request, rather than just the commands of other platforms, needs its
            // shell; the first failure says why.
            String firstFailure = null;
            boolean everyReplyFailed = true;
            for (String command : commands) {
                ExecAnswer answer;
                try {
                    answer = exec(session, target.asking(command), deadline);
                } catch (AttemptFailed failure) {
                    if (failure.status != PollStatus.ERROR) {
                        throw failure;
                    }
                    answer = new ExecAnswer(failure.getMessage(), null);
                }
                if (answer == null) {
                    return throughShell(session, target, deadline, "exec request refused", shellProbe);
                }
                if (recognised.test(command, answer.output())) {
                    return new Reply(command, answer.output()).via(PollMode.EXEC, null);
                }
                if (answer.unusable() == null) {
                    everyReplyFailed = false;
                } else if (firstFailure == null) {
                    firstFailure = answer.unusable();
                }
                replies.append("# ").append(command).append('\n').append(answer.output()).append('\n');
            }
            if (everyReplyFailed && firstFailure != null) {
                return throughShell(session, target, deadline, firstFailure, shellProbe);
            }
            return new Reply(null, replies.toString()).via(PollMode.EXEC, null);
        });
        return shellAfterClosedSession(target, collected,
                shellTarget -> probe(shellTarget, commands, recognised, deadline));
    }

    /**
     * Runs the shell work on this session now that exec turned out unusable, or, when the router has closed the
     * session meanwhile, ends the attempt so that the caller opens a new one for the shell.
     *
     * @param why what exec answered
     */
    private Reply throughShell(ClientSession session, PollTarget target, long deadline, String why,
            ShellWork<Reply> work) throws IOException, InterruptedException {
        if (!session.isOpen()) {
            throw new ShellNeeded(why);
        }
        Log.debugf("%s: %s; asking through an interactive shell", target.name(), why);
        try {
            return inShell(session, deadline, work).via(PollMode.SHELL, why);
        } catch (AttemptFailed failure) {
            // What the shell printed before a time limit or a hang-up is kept: it may already hold the answer.
            throw new AttemptFailed(failure.status, why + "; through the shell: " + failure.getMessage(),
                    failure.command, failure.partial);
        }
    }

    private Collected attempt(PollTarget target, long deadline, SessionWork work) {
        HostKeyCheck check = new HostKeyCheck(target.acceptedHostKeys(), target.revokedHostKeys(),
                config.hostKeyMode() == SshConfig.HostKeyMode.TOFU);
        SessionFailure failure = new SessionFailure();
        JumpTunnels.JumpTunnel tunnel = null;
        ClientSession session = null;
        boolean done = false;
        try {
            InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
            if (target.jump() != null) {
                tunnel = jumpTunnels.open(target, deadline);
                address = tunnel.localAddress();
            }
            Map<AttributeRepository.AttributeKey<?>, Object> context = Map.of(HostKeyCheck.KEY, check,
                    SessionAlgorithms.KEY, target.algorithms(), SessionFailure.KEY, failure);
            SshLogin.Peer peer = new SshLogin.Peer(target.username(), address.getHostString(), address.getPort(),
                    target.password(), target.identities(), address(target), false);
            session = login.connect(peer, context, deadline);
            login.authenticate(session, peer, check, () -> new AttemptFailed(PollStatus.HOST_KEY_CHANGED,
                    "host key " + keyName(check) + " offered by " + address(target) + " " + check.refusal()
                            + "; session refused before authentication"),
                    deadline);
            Reply reply = work.run(session);
            done = true;
            return Collected.succeeded(reply, check);
        } catch (AttemptFailed decided) {
            if (decided.partial != null) {
                return Collected.cutShort(decided.status, decided.getMessage(), decided.command, decided.partial,
                        check);
            }
            return Collected.failed(decided.status, decided.getMessage(), check);
        } catch (ShellNeeded needed) {
            return Collected.failed(PollStatus.ERROR, needed.getMessage() + " and the router closed the session",
                    check).learnedShell(needed.getMessage());
        } catch (IOException | RuntimeException e) {
            // The session's own first error says more than the "session is being closed" a waiter may see.
            return classify(failure.first() != null ? failure.first() : e, target, check);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Collected.failed(PollStatus.ERROR, "interrupted (the daemon is stopping)", check);
        } finally {
            if (session != null) {
                // Graceful close only after success: a misbehaving router must not hold the thread. Under a login
                // cap, waiting (briefly) for the close hands the slot on only once this login is gone; without one
                // the close finishes in the background and the poll's slot is free at once.
                CloseFuture closing = session.close(!done);
                if (target.logins() != null) {
                    closing.awaitUninterruptibly(CLOSE_WAIT);
                }
            }
            if (tunnel != null) {
                tunnel.close();
            }
        }
    }

    /** Runs the command over exec, and through the shell when exec turns out unusable. */
    private Reply execute(ClientSession session, PollTarget target, long deadline)
            throws IOException, InterruptedException {
        ExecAnswer answer = exec(session, target, deadline);
        String unusable = answer == null ? "exec request refused" : answer.unusable();
        if (unusable == null) {
            return new Reply(target.command(), answer.output()).via(PollMode.EXEC, null);
        }
        return throughShell(session, target, deadline, unusable,
                dialogue -> new Reply(target.command(), dialogue.run(target)));
    }

    /** @return what exec brought back, or null when the router refused the channel or the request */
    private ExecAnswer exec(ClientSession session, PollTarget target, long deadline)
            throws IOException, InterruptedException {
        CappedOutput out = new CappedOutput(config.maxOutputBytes());
        CappedOutput err = new CappedOutput(MAX_STDERR_BYTES);
        try (ChannelExec channel = session.createExecChannel(target.command())) {
            channel.setOut(out);
            channel.setErr(err);
            OpenFuture open = channel.open();
            if (!open.await(budget(config.commandTimeout(), deadline))) {
                throw new AttemptFailed(PollStatus.TIMEOUT, "exec channel for '" + target.command()
                        + "' did not open within " + human(config.commandTimeout()));
            }
            if (!open.isOpened()) {
                Log.debugf("%s refused an exec channel (%s)", target.name(),
                        RouterText.forLog(RouterText.clean(rootMessage(open.getException()))));
                return null;
            }
            Duration wait = budget(config.commandTimeout(), deadline);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), wait);
            if (refused(channel, events, out, err)) {
                return null;
            }
            if (out.overflowed()) {
                throw new AttemptFailed(PollStatus.ERROR, "output of '" + target.command() + "' exceeded "
                        + config.maxOutputBytes() + " bytes");
            }
            if (events.contains(ClientChannelEvent.TIMEOUT)) {
                throw unfinished(target.command(), out.text(), out.size(), wait,
                        out.sinceLastWrite(), false);
            }
            String output = out.text();
            Integer exit = channel.getExitStatus();
            if (exit == null && !output.isEmpty() && !session.isOpen()) {
                throw hungUp(target.command(), output, out.size(), false);
            }
            return new ExecAnswer(output, ExecReplies.unusable(exit, output, err.text()));
        }
    }

    /**
     * Whether the router turned the exec request down rather than ran it: the client asks for a reply to exec
     * requests, and MINA closes the channel on a failure reply; routers that do not answer just close it. Either way
     * the channel ends with no exit status and not a byte of output.
     */
    private static boolean refused(ChannelExec channel, Set<ClientChannelEvent> events, CappedOutput out,
            CappedOutput err) {
        return !events.contains(ClientChannelEvent.TIMEOUT) && channel.getExitStatus() == null
                && out.size() == 0 && err.size() == 0;
    }

    /** Runs the dialogue of {@link ShellDialogue} on a shell channel with a wide PTY, so no line is wrapped. */
    private String shell(ClientSession session, PollTarget target, long deadline)
            throws IOException, InterruptedException {
        return inShell(session, deadline, dialogue -> dialogue.run(target));
    }

    @FunctionalInterface
    private interface ShellWork<T> {
        T run(ShellDialogue dialogue) throws IOException, InterruptedException;
    }

    private <T> T inShell(ClientSession session, long deadline, ShellWork<T> work)
            throws IOException, InterruptedException {
        ShellScreen screen = new ShellScreen(config.maxOutputBytes());
        PtyChannelConfiguration pty = new PtyChannelConfiguration();
        pty.setPtyType("vt100");
        pty.setPtyColumns(PTY_COLUMNS);
        try (ChannelShell channel = session.createShellChannel(pty, Map.of())) {
            channel.setOut(screen);
            channel.setErr(screen);
            // A router that hangs up ends the dialogue at once instead of leaving it waiting for a prompt.
            channel.addCloseFutureListener(closed -> screen.close());
            OpenFuture open = channel.open();
            if (!open.await(budget(config.commandTimeout(), deadline))) {
                throw new AttemptFailed(PollStatus.TIMEOUT, "shell channel did not open within "
                        + human(config.commandTimeout()));
            }
            if (!open.isOpened()) {
                throw new AttemptFailed(PollStatus.ERROR, "router refused a shell channel: "
                        + rootMessage(open.getException()));
            }
            return work.run(new ShellDialogue(screen, channel.getInvertedIn(), config.commandTimeout(), deadline));
        }
    }

    private Collected classify(Throwable error, PollTarget target, HostKeyCheck check) {
        if (check.refused()) {
            return Collected.failed(PollStatus.HOST_KEY_CHANGED, "host key " + keyName(check) + " offered by "
                    + address(target) + " " + check.refusal(), check);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CappedOutput.OutputCapExceeded) {
                return Collected.failed(PollStatus.ERROR, "output of '" + target.command() + "' exceeded "
                        + config.maxOutputBytes() + " bytes", check);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof PortUnreachableException) {
                return Collected.failed(PollStatus.UNREACHABLE,
                        "cannot connect to " + address(target) + ": " + rootMessage(t), check);
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return Collected.failed(PollStatus.UNREACHABLE, "cannot resolve host " + target.host(), check);
            }
            if (t instanceof SocketTimeoutException || t instanceof InterruptedByTimeoutException
                    || t instanceof TimeoutException) {
                return Collected.failed(PollStatus.TIMEOUT, "timed out: " + rootMessage(t), check);
            }
            if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
                return Collected.failed(PollStatus.ERROR, "interrupted (the daemon is stopping)", check);
            }
            if (SshLogin.authRejected(t)) {
                return Collected.failed(PollStatus.AUTH_FAILED, "authentication rejected for user '"
                        + target.username() + "' (" + authMethods(target) + ")", check);
            }
        }
        return Collected.failed(PollStatus.ERROR, rootMessage(error), check);
    }

    static Duration budget(Duration timeout, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AttemptFailed(PollStatus.TIMEOUT, "device deadline exceeded");
        }
        return timeout.toNanos() < left ? timeout : Duration.ofNanos(left);
    }

    private static String authMethods(PollTarget target) {
        if (target.password() != null && !target.identities().isEmpty()) {
            return "password and key tried";
        }
        return target.password() != null ? "password tried" : "key tried";
    }

    private static String keyName(HostKeyCheck check) {
        return check.offered() == null ? "" : HostKeys.fingerprint(HostKeys.toLine(check.offered()));
    }

    private static String address(PollTarget target) {
        return target.host() + ":" + target.port();
    }

    static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /**
     * Ends an attempt whose exec answer was a failure after the router closed the session, so the shell needs a
     * session of its own; the message is what exec answered.
     */
    private static final class ShellNeeded extends RuntimeException {
        ShellNeeded(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * A reply a time limit ended before the router ended it. When bytes were still arriving the router is said to
     * have kept sending (a drip that never stops); what came is kept, so the poll can use it if it already answers.
     *
     * @param partial    the reply so far, possibly empty
     * @param bytes      how many bytes the router sent in reply, an unfinished last line included
     * @param quietNanos how long the router had been quiet when the limit struck
     * @param shell      whether the reply was read from an interactive shell
     */
    static AttemptFailed unfinished(String command, String partial, int bytes, Duration limit, long quietNanos,
            boolean shell) {
        if (bytes == 0) {
            return new AttemptFailed(PollStatus.TIMEOUT, "no complete reply to '" + command + "' within "
                    + human(limit) + (shell ? " (interactive shell)" : ""));
        }
        String how = shell ? ", interactive shell)" : ")";
        String reason = quietNanos < STILL_SENDING.toNanos()
                ? "the router kept sending without ending its reply to '" + command + "' (" + bytes + " bytes in "
                        + human(limit) + how
                : "no complete reply to '" + command + "' within " + human(limit) + " (" + bytes
                        + " bytes, then nothing" + how;
        return new AttemptFailed(PollStatus.TIMEOUT, reason, command, partial);
    }

    /**
     * A reply the router broke off by dropping the connection, which is worth a retry; what came is kept, as for
     * {@link #unfinished}.
     */
    static AttemptFailed hungUp(String command, String partial, int bytes, boolean shell) {
        return new AttemptFailed(PollStatus.ERROR, "the router closed the connection in the middle of its reply to '"
                + command + "' (" + bytes + " bytes" + (shell ? ", interactive shell)" : ")"), command, partial);
    }

    /** Ends the attempt with a status already decided; unchecked to keep the steps readable. */
    static final class AttemptFailed extends RuntimeException {
        final PollStatus status;
        /**
         * The command whose reply was cut short (by a time limit or a dropped connection), with what it had printed
         * so far; both null otherwise.
         */
        final String command;
        final String partial;

        AttemptFailed(PollStatus status, String reason) {
            this(status, reason, null, null);
        }

        AttemptFailed(PollStatus status, String reason, String command, String partial) {
            super(reason, null, false, false);
            this.status = status;
            this.command = command;
            this.partial = partial;
        }
    }
}
