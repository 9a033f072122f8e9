package io.driftwatch.security;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per user and client address, and locks a pair that failed {@code attempts} times within
 * {@code window} for {@code lock}. One counter for the login form and HTTP basic, so switching between them gains
 * a guesser nothing. Other users, and the same user from other addresses, are not affected: a guesser cannot lock
 * the real operator out from elsewhere. Memory is bounded by {@code max-tracked} pairs.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Longest user name kept; a guesser's megabyte-long names would otherwise be what fills the memory. */
    static final int MAX_USER_LENGTH = 128;

    private final LoginThrottleConfig config;
    private final Clock clock;
    // Access order: the eldest entry is the one untouched the longest, the first to forget.
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    public LoginThrottle(LoginThrottleConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** How long this user stays locked from this address; empty when they may try. */
    public synchronized Optional<Duration> lockedFor(String user, String address) {
        Key key = Key.of(user, address);
        Entry entry = entries.get(key);
        if (entry == null || entry.lockedUntil == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.lockedUntil)) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.lockedUntil));
    }

    /** Records a wrong password; returns true when it locked the pair. */
    public synchronized boolean failed(String user, String address) {
        Key key = Key.of(user, address);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            makeRoom(now);
            entry = new Entry();
            entries.put(key, entry);
        }
        Instant since = now.minus(config.window());
        while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(since)) {
            entry.failures.removeFirst();
        }
        entry.failures.addLast(now);
        if (entry.failures.size() < config.attempts()) {
            return false;
        }
        entry.failures.clear();
        entry.lockedUntil = now.plus(config.lock());
        // Once per lock: attempts while locked are refused before any password is checked, so they never get here.
        Log.warnf("Login of user '%s' from %s locked for %s after %d failed attempts within %s", printable(key.user),
                key.address, config.lock(), config.attempts(), config.window());
        return true;
    }

    /** A right password ends the count for that pair. */
    public synchronized void succeeded(String user, String address) {
        entries.remove(Key.of(user, address));
    }

    synchronized int tracked() {
        return entries.size();
    }

    /** Forgets expired pairs, then the oldest unlocked ones, until one more fits. */
    private void makeRoom(Instant now) {
        if (entries.size() < config.maxTracked()) {
            return;
        }
        Instant since = now.minus(config.window());
        entries.values().removeIf(e -> (e.lockedUntil == null || !now.isBefore(e.lockedUntil))
                && (e.failures.isEmpty() || !e.failures.peekLast().isAfter(since)));
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); entries.size() >= config.maxTracked()
                && it.hasNext();) {
            if (it.next().getValue().lockedUntil == null) {
                it.remove();
            }
        }
        // Every pair locked: the oldest lock goes, rather than the map growing.
        for (Iterator<Key> it = entries.keySet().iterator(); entries.size() >= config.maxTracked() && it.hasNext();) {
            it.next();
            it.remove();
        }
    }

    /** A user name as it may go into a log line: no line breaks or other control characters from a guesser. */
    static String printable(String user) {
        StringBuilder out = new StringBuilder(user.length());
        user.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private record Key(String user, String address) {
        static Key of(String user, String address) {
            String name = user == null ? "" : user;
            return new Key(name.length() > MAX_USER_LENGTH ? name.substring(0, MAX_USER_LENGTH) : name,
                    address == null ? "unknown" : address);
        }
    }

    private static final class Entry {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
