package io.driftwatch.cli;

import io.driftwatch.logging.CachingSlf4jProvider;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The jar's entry point. With no command it starts the daemon; {@code parse}, {@code platforms}, {@code lab} and
 * {@code check} are tools that run before Quarkus boots, so they start no database, scheduler or web server.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        CachingSlf4jProvider.install();
        if (args.length > 0 && !args[0].startsWith("-")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            PrintStream out = System.out;
            PrintStream err = System.err;
            int exit = switch (args[0]) {
                case "parse" -> new ParseCommand(out, err).run(rest);
                case "lab" -> new LabCommand(out, err).run(rest);
                case "check" -> new CheckCommand(out, err, System.getenv()).run(rest);
                case "platforms" -> platforms(out);
                default -> {
                    err.println("unknown command '" + args[0] + "'; commands: parse, platforms, lab, check"
                            + " (without a command the daemon starts)");
                    yield 2;
                }
            };
            System.exit(exit);
        }
        Quarkus.run(args);
    }

    /** Lists every supported platform with the command Driftwatch runs on it, tab-separated. */
    private static int platforms(PrintStream out) {
        ParserRegistry parsers = ParserRegistry.standard();
        for (String platform : parsers.platforms()) {
            out.println(platform + "\t" + parsers.find(platform).orElseThrow().command());
        }
        return 0;
    }
}
