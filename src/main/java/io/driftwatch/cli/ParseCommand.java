package io.driftwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.PlatformDetector;
import io.driftwatch.parsing.VersionParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code parse --platform NAME FILE...}: parses saved version outputs and prints one JSON object per file, one
 * per line. Exit 0 when every file parsed, 1 when any did not, 2 for a usage error or an unknown platform.
 */
final class ParseCommand {

    private static final String USAGE = "usage: parse --platform NAME FILE...";

    private final PrintStream out;
    private final PrintStream err;
    private final ParserRegistry parsers = ParserRegistry.standard();
    private final PlatformDetector detector = new PlatformDetector(parsers);
    private final ObjectMapper json = new ObjectMapper();

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String platform = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--platform") && i + 1 < args.length) {
                platform = args[++i];
            } else if (args[i].startsWith("--platform=")) {
                platform = args[i].substring("--platform=".length());
            } else if (args[i].startsWith("-")) {
                err.println("unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (platform == null || files.isEmpty()) {
            err.println(USAGE + "\nplatforms: " + String.join(", ", parsers.platforms()));
            return 2;
        }
        Optional<VersionParser> parser = parsers.find(platform);
        if (parser.isEmpty()) {
            err.println("unknown platform '" + platform + "' (supported: " + String.join(", ", parsers.platforms())
                    + ")");
            return 2;
        }
        int exit = 0;
        for (Path file : files) {
            if (!parse(file, parser.get())) {
                exit = 1;
            }
        }
        return exit;
    }

    /** Prints what the file's output says, or why it could not be read; false when it could not. */
    private boolean parse(Path file, VersionParser parser) {
        String output;
        try {
            output = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return false;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return false;
        }
        try {
            out.println(json.writeValueAsString(record(parser.platform(), parser.parse(output))));
            return true;
        } catch (OutputParseException e) {
            // The same reason a poll of this output would end PARSE_FAILED with.
            err.println(file + ": not " + parser.platform() + " '" + parser.command() + "' output: "
                    + detector.explain(parser.platform(), output, e).reason());
        } catch (JsonProcessingException e) {
            err.println(file + ": " + e.getOriginalMessage());
        }
        return false;
    }

    private static Map<String, Object> record(String platform, ParsedVersion facts) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("platform", platform);
        record.put("version", facts.version());
        record.put("model", facts.model());
        record.put("serial", facts.serial());
        record.put("hostname", facts.hostname());
        record.put("uptime", facts.uptime());
        record.put("image", facts.image());
        record.put("members", facts.members());
        return record;
    }
}
