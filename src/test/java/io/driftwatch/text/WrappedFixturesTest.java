package io.driftwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.VersionParser;
import io.driftwatch.testing.SharedFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real output of the shared corpus that its parser reads right still reads right when a router or terminal
 * server wraps it in NUL bytes, terminal escapes, odd line ends, pager erases and invalid UTF-8, once cleaned as
 * the collector cleans it.
 */
class WrappedFixturesTest {

    private static final byte[] INVALID = {(byte) 0xFF, (byte) 0xC3, (byte) 0xE2, (byte) 0x82};

    /** Ways to wrap the bytes of an output, each as real devices and terminal servers do it. */
    private static Map<String, UnaryOperator<byte[]>> wrappings() {
        Map<String, UnaryOperator<byte[]>> wrappings = new LinkedHashMap<>();
        wrappings.put("NUL bytes", bytes -> concat(new byte[] {0}, perLine(bytes, line -> line + "\u0000"),
                new byte[] {0, 0}));
        wrappings.put("terminal escapes", bytes -> concat(ascii("\u001B]0;router\u0007\u001B[?25l"),
                perLine(bytes, line -> "\u001B[2K\u001B[1;32m" + line + "\u001B[0m\u001B(B"), ascii("\u001B[K")));
        wrappings.put("CR line ends", bytes -> perLine(bytes, line -> line + "\r\r"));
        wrappings.put("pager erases", bytes -> perLine(bytes, line -> " --More-- \r          \r" + line));
        wrappings.put("invalid UTF-8", bytes -> concat(INVALID, new byte[] {'\r', '\n'}, bytes, new byte[] {'\n'},
                INVALID));
        wrappings.put("all of them", bytes -> wrappings.get("invalid UTF-8").apply(wrappings.get("NUL bytes")
                .apply(wrappings.get("terminal escapes").apply(wrappings.get("CR line ends")
                        .apply(wrappings.get("pager erases").apply(bytes))))));
        return wrappings;
    }

    @Test
    void wrappedOutputsParseToTheRightVersion() throws IOException {
        Path fixtures = SharedFixtures.showVersion();
        ParserRegistry registry = ParserRegistry.standard();
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        int harmedUncleaned = 0;
        for (String platform : registry.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            Path folder = fixtures.resolve(platform);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> raws;
            try (Stream<Path> files = Files.list(folder)) {
                raws = files.filter(p -> p.toString().endsWith(".raw")).sorted().toList();
            }
            for (Path raw : raws) {
                Path expectedFile = Path.of(raw.toString().replaceFirst("\\.raw$", ".expected.json"));
                if (!Files.exists(expectedFile)) {
                    continue;
                }
                JsonNode want = json.readTree(expectedFile.toFile()).get("version");
                byte[] bytes = Files.readAllBytes(raw);
                String plain = version(parser, RouterText.clean(bytes));
                if (want == null || plain == null || !plain.equals(want.asText().strip())) {
                    // The corpus has a few outputs the parser misreads anyway; they say nothing about wrapping.
                    continue;
                }
                for (Map.Entry<String, UnaryOperator<byte[]>> wrapping : wrappings().entrySet()) {
                    byte[] wrapped = wrapping.getValue().apply(bytes);
                    String got = version(parser, RouterText.clean(wrapped));
                    checked++;
                    if (!plain.equals(version(parser, new String(wrapped, StandardCharsets.UTF_8)))) {
                        harmedUncleaned++;
                    }
                    if (!plain.equals(got)) {
                        wrong.add(raw.getFileName() + " with " + wrapping.getKey() + ": got " + got);
                    }
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " wrapped outputs checked");
        assertEquals(List.of(), wrong);
        // The check means something only if the wrappings, left in, break what the parsers read.
        assertTrue(harmedUncleaned > checked / 10, "uncleaned, only " + harmedUncleaned + " of " + checked
                + " wrapped outputs read wrong");
    }

    private static String version(VersionParser parser, String output) {
        try {
            return parser.parse(output).version();
        } catch (OutputParseException e) {
            return null;
        }
    }

    private static byte[] perLine(byte[] bytes, UnaryOperator<String> line) {
        // Latin-1 keeps every byte as one char, so invalid UTF-8 in the input survives the round trip.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        for (String part : text.split("\n", -1)) {
            out.append(line.apply(part)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
