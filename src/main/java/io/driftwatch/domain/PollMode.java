package io.driftwatch.domain;

/** Which SSH channel a device's version command went through. */
public enum PollMode {
    /** An exec channel: one command, its output, its exit status. */
    EXEC,
    /** An interactive shell with a terminal, talked to like a person would. */
    SHELL
}
