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
}
