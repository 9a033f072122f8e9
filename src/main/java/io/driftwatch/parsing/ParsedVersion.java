package io.driftwatch.parsing;

import java.util.List;

/**
 * Facts read from a version command. Every field but {@code version} may be null when the output lacks it.
 * For stacks and clusters the top-level fields describe the first unit and {@code members} lists every unit.
 */
public record ParsedVersion(
        String version,
        String model,
        String serial,
        String hostname,
        String uptime,
        String image,
        List<Member> members) {

    public ParsedVersion {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One unit of a stack, cluster or multi-supervisor chassis. */
    public record Member(String model, String serial) {
    }
}
