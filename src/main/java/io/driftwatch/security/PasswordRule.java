package io.driftwatch.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes an embedded user's password too weak to guard the credentials of every router: too short to survive
 * guessing, a placeholder from an example or a manifest, or the user's own name. Decorations do not rescue a
 * placeholder: {@code Change-Me!} and {@code password2024} are still placeholders.
 */
public final class PasswordRule {

    /** Fewer characters than this and the password is refused. */
    public static final int MIN_LENGTH = 12;

    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "alsochangeme", "changeit", "password",
            "passw0rd", "admin", "administrator", "operator", "viewer", "secret", "letmein", "welcome", "default",
            "driftwatch", "qwerty", "qwertyuiop", "root", "guest", "test", "abc", "abcdef", "iloveyou", "monkey",
            "dragon", "master", "");

    private PasswordRule() {
    }

    /** Why the password is too weak for this user, or empty when it will do. Never says the password. */
    public static Optional<String> weakness(String user, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("is shorter than " + MIN_LENGTH + " characters");
        }
        String core = core(password);
        if (PLACEHOLDERS.contains(core) || PLACEHOLDERS.contains(core.replaceAll("\\d+$", ""))
                || core.chars().allMatch(Character::isDigit)) {
            return Optional.of("is a well-known placeholder");
        }
        String name = core(user);
        if (!name.isEmpty() && (core.equals(name) || core.replaceAll("\\d+$", "").equals(name))) {
            return Optional.of("is the user's own name");
        }
        if (core.matches("(.{1,6})\\1+") || password.chars().distinct().count() < 4) {
            return Optional.of("repeats a few characters");
        }
        return Optional.empty();
    }

    /** The letters and digits of a text, in lower case: what a guesser tries first. */
    private static String core(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
