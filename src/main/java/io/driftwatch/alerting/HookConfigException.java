package io.driftwatch.alerting;

import java.util.List;

/** The hook configuration is wrong; the message names every bad key. */
public class HookConfigException extends RuntimeException {

    private final List<String> problems;

    HookConfigException(List<String> problems) {
        super("Invalid alert hook configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the key it is about. */
    public List<String> problems() {
        return problems;
    }
}
