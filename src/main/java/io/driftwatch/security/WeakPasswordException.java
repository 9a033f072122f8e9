package io.driftwatch.security;

import java.util.List;

/** Start-up refused: some embedded users have weak passwords. The message names the users, never a password. */
public class WeakPasswordException extends RuntimeException {

    private final List<String> users;

    public WeakPasswordException(List<String> users, String message) {
        super(message);
        this.users = List.copyOf(users);
    }

    /** The users whose passwords were refused, by name. */
    public List<String> users() {
        return users;
    }
}
