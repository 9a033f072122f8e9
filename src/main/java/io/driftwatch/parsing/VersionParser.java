package io.driftwatch.parsing;

/**
 * Turns one platform's version command output into facts. Implementations are plain, stateless classes so the
 * same code serves the daemon, the lab fleet's round-trip tests and the command line.
 */
public interface VersionParser {

    /** Netmiko / ntc-templates platform name, e.g. {@code cisco_ios}. */
    String platform();

    /** The command whose output {@link #parse} understands, e.g. {@code show version}. */
    String command();

    /**
     * @param output the command's output as received (CRLF, missing final newline and trailing prompt tolerated)
     * @throws OutputParseException when the output carries no recognisable version
     */
    ParsedVersion parse(String output) throws OutputParseException;

    /**
     * Whether {@code output}, which may be the start of a reply a time limit cut short, already holds the version
     * the whole reply would give. Most outputs state their version once, so any version found is the one; a parser
     * that prefers a line printed after another says here when the preferred line has not come yet.
     */
    default boolean versionSettled(String output) {
        try {
            parse(output);
            return true;
        } catch (OutputParseException e) {
            return false;
        }
    }
}
