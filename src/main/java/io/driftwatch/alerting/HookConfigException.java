package io.driftwatch.alerting;

import java.util.List;

/** The hook configuration is wrong; the message names every bad key. */
public class HookConfigException extends RuntimeException {

    private final List<Problem> problems;

    HookConfigException(List<Problem> problems) {
        super("Invalid alert hook configuration:\n  - "
                + String.join("\n  - ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the key it is about. */
    public List<String> problems() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The problems with their keys apart, for a reader that shows where in a file each key is. */
    public List<Problem> keyedProblems() {
        return problems;
    }

    /** What is wrong with one setting, such as {@code driftwatch.hooks.noc.url}. */
    public record Problem(String key, String reason) {

        @Override
        public String toString() {
            return key + ": " + reason;
        }
    }
}
