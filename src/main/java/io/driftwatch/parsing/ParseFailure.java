package io.driftwatch.parsing;

import java.util.List;

/**
 * Why a platform's parser could not read an output, told to the operator as a PARSE_FAILED reason: what the parser
 * missed, and what the output looks like instead, so a wrong platform in the inventory or an empty reply is told
 * apart from a layout no parser knows yet.
 *
 * @param platform   the platform whose parser failed
 * @param missing    what that parser missed, as its {@link OutputParseException} says it ("no 'X' line found")
 * @param lookalikes other platforms whose signature is in the output; empty when none is
 * @param empty      whether the output was empty or blank, so no signature could be looked for
 */
public record ParseFailure(String platform, String missing, List<String> lookalikes, boolean empty) {

    public ParseFailure {
        lookalikes = List.copyOf(lookalikes);
    }

    /** E.g. "cisco_ios parser: no 'Cisco IOS Software' or 'Version' line found; looks like cisco_nxos output". */
    public String reason() {
        String why = platform + " parser: " + missing;
        if (empty) {
            return why + "; the output was empty";
        }
        if (lookalikes.isEmpty()) {
            return why + "; no known platform's signature seen";
        }
        return why + "; looks like " + String.join(" or ", lookalikes) + " output";
    }
}
