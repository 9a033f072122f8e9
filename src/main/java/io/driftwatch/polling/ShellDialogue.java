package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.inventory.Secret;
import io.driftwatch.text.RouterText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Talks to a router's interactive shell the way a person would: find the prompt, optionally {@code enable}, turn the
 * pager off, run the version command and cut its reply out from between the echoed command and the next prompt.
 * Every wait ends at the command timeout or the device deadline, whichever is first.
 */
final class ShellDialogue {

    /**
     * {@code --More--}, {@code -- More --}, {@code ---- More ----}, {@code ---(more 45%)---} and the like.
     * Possessive: with plain {@code \\s*\\(?\\s*} a line of {@code --} and blanks splits its blanks every way before
     * failing, which takes quadratic time; and a match starts only where blanks and dashes start, so no search tries
     * it again inside a long run of them.
     */
    private static final Pattern PAGER = Pattern.compile("(?i)(?<![\\s-])\\s*+-{2,}+\\s*+\\(?\\s*+more\\b.*");
    /** Longest last line looked at for a prompt or a pager marker; no real one comes near it. */
    static final int MAX_PROMPT_LINE = 4096;

    private static final long PROMPT_SETTLE_NANOS = 250_000_000L;

    private final ShellScreen screen;
    private final OutputStream keyboard;
    private final Duration timeout;
    private final long deadline;
    private String promptBase;

    /**
     * @param keyboard what is written to it reaches the router
     * @param timeout  longest wait for any one answer
     * @param deadline {@link System#nanoTime()} by which everything must be done
     */
    ShellDialogue(ShellScreen screen, OutputStream keyboard, Duration timeout, long deadline) {
        this.screen = screen;
        this.keyboard = keyboard;
        this.timeout = timeout;
        this.deadline = deadline;
    }

    /** @return the version command's reply, without the echoed command and the trailing prompt */
    String run(PollTarget target) throws IOException, InterruptedException {
        findPrompt();
        if (target.enable() != null) {
            enable(target.enable());
        }
        String paging = target.effectivePlatform() == null ? null
                : PagingCommands.of(target.effectivePlatform()).orElse(null);
        if (paging != null) {
            command(paging);
        }
        return command(target.command());
    }

    /**
     * Runs the commands in turn in this one shell until {@code recognised} accepts a reply. No pager command is sent,
     * since the platform is what is being found; pager markers are answered as they come.
     *
     * @return the recognised reply, or a reply with a null command holding every reply when none was recognised
     */
    SshCollector.Reply probe(PollTarget target, List<String> commands, BiPredicate<String, String> recognised)
            throws IOException, InterruptedException {
        findPrompt();
        if (target.enable() != null) {
            enable(target.enable());
        }
        StringBuilder replies = new StringBuilder();
        for (String command : commands) {
            String reply = command(command);
            if (recognised.test(command, reply)) {
                return new SshCollector.Reply(command, reply);
            }
            replies.append("# ").append(command).append('\n').append(reply).append('\n');
        }
        return new SshCollector.Reply(null, replies.toString());
    }

    private void findPrompt() throws IOException, InterruptedException {
        // A router may print its banner and prompt at once, or only after a key press.
        send("\n");
        long until = until();
        while (true) {
            ShellScreen.Tail tail = screen.tail(0, MAX_PROMPT_LINE);
            String last = lastLine(tail);
            // A banner line such as "#####" can look like a prompt while the banner is still arriving: a prompt is
            // only taken once the router has been quiet for a moment after it.
            if (looksLikePrompt(last)
                    && !screen.awaitMore(tail.length(), Math.min(until, System.nanoTime() + PROMPT_SETTLE_NANOS))) {
                String prompt = onePrompt(last);
                promptBase = prompt.substring(0, prompt.length() - 1);
                return;
            }
            awaitMore(tail.length(), until, "no prompt from the shell");
        }
    }

    private void enable(Secret secret) throws IOException, InterruptedException {
        int mark = screen.length();
        send("enable\n");
        String last = awaitAnswer(mark, "enable", true);
        if (isPrompt(last)) {
            if (last.endsWith("#")) {
                return;
            }
            throw enableFailed("the router answered 'enable' without asking for a secret");
        }
        mark = screen.length();
        send(secret.reveal() + "\n");
        last = awaitAnswer(mark, null, true);
        if (!isPrompt(last) || !last.endsWith("#")) {
            throw enableFailed("the router did not accept the enable secret");
        }
    }

    private static SshCollector.AttemptFailed enableFailed(String why) {
        return new SshCollector.AttemptFailed(PollStatus.AUTH_FAILED, "enable step failed: " + why);
    }

    /** Runs one command and returns its reply, paging through a pager that shows up anyway. */
    private String command(String command) throws IOException, InterruptedException {
        int mark = screen.length();
        send(command + "\n");
        try {
            awaitAnswer(mark, command, false);
        } catch (SshCollector.AttemptFailed failure) {
            if (!answered(screen.since(mark), command) || screen.overflowed()) {
                throw failure;
            }
            // Cut short after the echo: keep what the router printed, which may already hold the answer.
            String seen = screen.since(mark);
            String partial = reply(seen, command);
            int received = seen.length() - seen.indexOf('\n', seen.indexOf(command)) - 1;
            if (screen.closed()) {
                throw SshCollector.hungUp(command, partial, received, true);
            }
            if (failure.status != PollStatus.TIMEOUT) {
                throw failure;
            }
            throw SshCollector.unfinished(command, partial, received, timeout, screen.sinceLastWrite(), true);
        }
        return reply(screen.since(mark), command);
    }

    /**
     * Waits until, after the echo of {@code echo} (or after any new line when null), the router shows its prompt
     * (or, when {@code passwordToo}, a password prompt); answers pager markers with a space on the way.
     *
     * @return the last line shown
     */
    private String awaitAnswer(int mark, String echo, boolean passwordToo) throws IOException, InterruptedException {
        long until = until();
        String what = echo == null ? "no answer to the enable secret" : "no complete reply to '" + echo + "'";
        Echo answered = new Echo(mark, echo);
        while (true) {
            // Only the last line is looked at, and only up to a length: the screen can hold a megabyte.
            ShellScreen.Tail tail = screen.tail(mark, MAX_PROMPT_LINE);
            String last = lastLine(tail);
            if (PAGER.matcher(last).matches()) {
                screen.cut(tail.lineStart(), tail.length());
                answered.cutFrom(tail.lineStart());
                send(" ");
                continue;
            }
            if (answered.seen(screen) && (isPrompt(last) || passwordToo && asksPassword(last))) {
                return last;
            }
            awaitMore(tail.length(), until, what);
        }
    }

    /**
     * Whether the echoed command and its line end were printed: before that, an old prompt may still be on screen.
     * Searches only what is new since the last look, so a router that talks a lot is not rescanned at every read.
     */
    private static final class Echo {
        private final String echo;
        private int searchFrom;
        private int echoAt = -1;

        Echo(int mark, String echo) {
            this.echo = echo;
            this.searchFrom = mark;
            if (echo == null) {
                echoAt = mark;
            }
        }

        boolean seen(ShellScreen screen) {
            if (echoAt < 0) {
                int length = screen.length();
                echoAt = screen.indexOf(echo, searchFrom);
                if (echoAt < 0) {
                    searchFrom = Math.max(searchFrom, length - echo.length());
                    return false;
                }
            }
            return screen.newlineAfter(echoAt);
        }

        /** The screen lost its text from {@code from} on; what was found there is gone. */
        void cutFrom(int from) {
            searchFrom = Math.min(searchFrom, from);
            if (echo != null && echoAt >= from) {
                echoAt = -1;
            }
        }
    }

    /**
     * A prompt: something like {@code edge-01>}, {@code edge-01#} or {@code netops@edge-01>} at the end of output, at
     * most 128 chars. Compared as text: the pattern it once was, {@code \\S.{0,127}[>#]}, costs 128 steps at every
     * position it is tried at.
     */
    private static boolean looksLikePrompt(String line) {
        return line.length() >= 2 && line.length() <= 129 && !Character.isWhitespace(line.charAt(0))
                && (line.endsWith(">") || line.endsWith("#"));
    }

    /**
     * The prompt in a last line that may hold it more than once: a key sent before the router printed its first
     * prompt can be echoed ahead of it (a Unix pty echoes at once), so that prompt and the one answering the key
     * share a line, {@code router#router#}.
     */
    static String onePrompt(String line) {
        for (int length = 2; length <= line.length() / 2; length++) {
            if (line.length() % length == 0 && looksLikePrompt(line.substring(0, length))
                    && line.equals(line.substring(0, length).repeat(line.length() / length))) {
                return line.substring(0, length);
            }
        }
        return line;
    }

    /** A password prompt; compared as text, since {@code .*password:} tried at every position is quadratic. */
    private static boolean asksPassword(String line) {
        return line.regionMatches(true, line.length() - "password:".length(), "password:", 0, "password:".length());
    }

    private boolean isPrompt(String line) {
        return line.length() == promptBase.length() + 1 && line.startsWith(promptBase)
                && (line.endsWith(">") || line.endsWith("#"));
    }

    /** Whether the echoed command's line end was printed in {@code seen}: the reply comes after it. */
    private static boolean answered(String seen, String echo) {
        int from = seen.indexOf(echo);
        return from >= 0 && seen.indexOf('\n', from) >= 0;
    }

    private void awaitMore(int seen, long until, String what) throws InterruptedException {
        boolean more = screen.awaitMore(seen, until);
        if (screen.overflowed()) {
            throw new SshCollector.AttemptFailed(PollStatus.ERROR, "shell output exceeded the size cap");
        }
        if (!more && screen.closed()) {
            throw new SshCollector.AttemptFailed(PollStatus.ERROR, what + ": the router closed the connection"
                    + " (interactive shell)");
        }
        if (!more) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT,
                    what + " within " + SshCollector.human(timeout) + " (interactive shell)");
        }
    }

    private long until() {
        long now = System.nanoTime();
        if (deadline - now <= 0) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT, "device deadline exceeded");
        }
        return Math.min(deadline, now + timeout.toNanos());
    }

    private void send(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** The last line as a terminal would show it, without trailing blanks; empty when it is too long to matter. */
    private static String lastLine(ShellScreen.Tail tail) {
        return tail.line() == null ? "" : render(ShellScreen.decode(tail.line())).strip();
    }

    /**
     * The text as a terminal shows it: carriage returns and backspaces move the cursor and later characters overwrite
     * earlier ones, so the erasing a pager does after {@code --More--} leaves no trace. Trailing blanks are dropped,
     * and so are escape sequences and the control characters {@link RouterText} removes.
     */
    static String render(String raw) {
        String text = RouterText.withoutEscapes(raw);
        StringBuilder shown = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> {
                    shown.append(line.toString().stripTrailing()).append('\n');
                    line.setLength(0);
                    cursor = 0;
                }
                case '\r' -> cursor = 0;
                case '\b' -> cursor = Math.max(0, cursor - 1);
                default -> {
                    if (Character.isISOControl(c) && c != '\t') {
                        continue;
                    }
                    if (cursor < line.length()) {
                        line.setCharAt(cursor, c);
                    } else {
                        line.append(c);
                    }
                    cursor++;
                }
            }
        }
        return shown.append(line.toString().stripTrailing()).toString();
    }

    /** The lines between the echoed command and the closing prompt. */
    static String reply(String seen, String command) {
        String text = render(ShellScreen.decode(seen));
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int echo = 0;
        while (echo < lines.size() && !lines.get(echo).contains(command)) {
            echo++;
        }
        List<String> body = echo < lines.size() ? lines.subList(echo + 1, lines.size() - 1)
                : lines.subList(0, Math.max(0, lines.size() - 1));
        StringBuilder reply = new StringBuilder();
        for (String line : body) {
            reply.append(line.stripTrailing()).append('\n');
        }
        return reply.toString();
    }
}
