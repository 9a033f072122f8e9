package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.drift.UptimeParser;
import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.PlatformDetector;
import io.driftwatch.parsing.VersionParser;
import io.driftwatch.versions.VersionOrder;
import io.driftwatch.versions.VersionOrders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No router text can keep a poll thread inside a regular expression: every entry point that matches router text, and
 * every pattern constant of the packages that hold them, gets 1 MiB inputs shaped for backtracking and must be done
 * within {@link #BOUND} each. The old patterns took minutes to hours on several of these (the pager pattern on
 * {@code --} and 200,000 blanks, the detector's {@code ^\s*} signatures on 100,000 blank lines).
 */
class AdversarialTextTest {

    /**
     * Linear matching of 1 MiB takes up to a second here (0.3 s for the slowest parser alone, seven times that once in
     * a CI run, under the suite's load and garbage), backtracking minutes: the bound lies between, far from both.
     */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MIB = 1024 * 1024;
    private static final String VALID = """
            Cisco IOS XE Software, Version 17.09.04a
            Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE
            edge-01 uptime is 1 year, 2 weeks, 3 days, 4 hours, 5 minutes
            System image file is "flash:packages.conf"
            cisco C9300-48P (X86) processor with 1418746K/6147K bytes of memory.
            Processor board ID FOC2229X0AB
            """;
    private static final List<String> PACKAGES = List.of("io.driftwatch.parsing", "io.driftwatch.drift",
            "io.driftwatch.versions", "io.driftwatch.polling", "io.driftwatch.text");

    /** Name and text of each hostile input, about 1 MiB each. */
    static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("valid output, '--', 200,000 blanks, 'x'", VALID + "--" + " ".repeat(200_000) + "x");
        inputs.put("valid output, '--', 200,000 blanks, 'x', no line end before", VALID.strip() + " --"
                + " ".repeat(200_000) + "x");
        inputs.put("100,000 blank lines", VALID + "\n".repeat(100_000) + "x");
        inputs.put("blank lines of blanks", "   \n".repeat(MIB / 4) + "x");
        inputs.put("1 MiB of blanks", " ".repeat(MIB));
        inputs.put("1 MiB of blanks and tabs", " \t".repeat(MIB / 2) + "x");
        inputs.put("1 MiB of dots", ".".repeat(MIB));
        inputs.put("1 MiB of colons", ":".repeat(MIB));
        inputs.put("1 MiB of dashes", "-".repeat(MIB));
        inputs.put("1 MiB of digits", "1".repeat(MIB) + "x");
        inputs.put("1 MiB of dotted digits", "1.".repeat(MIB / 2) + "\n");
        inputs.put("1 MiB of commas and blanks", ", ".repeat(MIB / 2) + "x");
        inputs.put("1 MiB line of labels", "System Description.... Version: Software image version: uptime is 1 "
                .repeat(MIB / 68));
        inputs.put("1 MiB line of words", "Cisco IOS Software, Version ".repeat(MIB / 28) + "(");
        inputs.put("pager markers without line ends", "-- More -- ".repeat(MIB / 11) + "x");
        inputs.put("deep parentheses", "(".repeat(MIB / 2) + "a" + ")".repeat(10) + "(".repeat(MIB / 2));
        inputs.put("open brackets", " [a".repeat(MIB / 3) + "\n");
        inputs.put("labels in parentheses", " (a)".repeat(MIB / 4) + " x");
        inputs.put("uptime units", "1 day ".repeat(MIB / 6) + "x");
        inputs.put("linux uptime", "up " + ",  1 ".repeat(MIB / 5) + "x");
        inputs.put("label, blanks, no end", "Kernel uptime is" + " ".repeat(MIB) + "\u0000");
        inputs.put("prompt-like tail", "r1" + "#".repeat(MIB));
        inputs.put("password prompt", "password".repeat(MIB / 8) + "x");
        return inputs;
    }

    @TestFactory
    Stream<DynamicTest> everyParserReadsHostileOutputInBoundedTime() {
        ParserRegistry registry = ParserRegistry.standard();
        List<DynamicTest> tests = new ArrayList<>();
        for (String platform : registry.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            inputs().forEach((name, input) -> tests.add(dynamicTest(platform + ": " + name, () -> bounded(() -> {
                try {
                    parser.parse(input);
                } catch (OutputParseException e) {
                    // Refusing the text is a fine answer; only the time counts here.
                }
            }))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theDetectorTellsHostileOutputInBoundedTime() {
        PlatformDetector detector = new PlatformDetector(ParserRegistry.standard());
        return inputs().entrySet().stream().map(input -> dynamicTest(input.getKey(), () -> {
            // Each probe command's reply is told apart on its own, as the probe does while it runs.
            for (String command : detector.probeCommands()) {
                bounded(() -> detector.detect(command, input.getValue()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> uptimesAndVersionOrdersReadHostileTextInBoundedTime() {
        List<VersionOrder> orders = Stream.concat(ParserRegistry.standard().platforms().stream()
                .map(VersionOrders::forPlatform), Stream.of(VersionOrders.generic())).distinct().toList();
        return inputs().entrySet().stream().map(input -> dynamicTest(input.getKey(), () -> {
            bounded(() -> UptimeParser.parse(input.getValue()));
            for (VersionOrder order : orders) {
                bounded(() -> {
                    order.compare(input.getValue(), "17.9.4a");
                    order.compare("17.9.4a", input.getValue());
                    order.release(input.getValue());
                });
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theShellFindsPromptsAndPagersInHostileTextInBoundedTime() {
        return inputs().entrySet().stream().map(input -> dynamicTest(input.getKey(), () -> bounded(() -> {
            String text = input.getValue();
            ShellDialogue.render(text);
            ShellDialogue.reply("show version\r\n" + text + "\r\nr1#", "show version");
            // A router that answers the command with the hostile text and then goes quiet: the dialogue looks at
            // what arrives for a prompt or a pager marker until its command timeout.
            SshCollector.AttemptFailed failure = assertThrows(SshCollector.AttemptFailed.class,
                    () -> dialogueAnswering(text, "").run(target()));
            assertEquals(PollStatus.TIMEOUT, failure.status);
        })));
    }

    @Test
    void theShellStillAnswersAPagerAndReadsTheReplyAfterHostileText() throws Exception {
        String hostile = "--" + " ".repeat(200_000) + "x\r\n" + "\r\n".repeat(100_000);
        String reply = assertTimeoutPreemptively(BOUND, () -> dialogueAnswering(
                hostile + "Cisco IOS XE Software, Version 17.09.04a\r\n -- More -- ", "r1#").run(target()));
        assertTrue(reply.endsWith("Cisco IOS XE Software, Version 17.09.04a\n"), reply.substring(reply.length() - 80));
    }

    /**
     * The catch-all: every {@code static final Pattern} of the packages that match router text, and the patterns
     * inside their static collections and records (the detector's signatures), run with {@code find()} over each
     * hostile input.
     */
    @TestFactory
    Stream<DynamicTest> everyPatternConstantFindsInBoundedTime() throws Exception {
        Map<String, Pattern> patterns = patternConstants();
        assertTrue(patterns.size() > 150, "found only " + patterns.size() + " patterns: " + patterns.keySet());
        Map<String, String> inputs = inputs();
        return patterns.entrySet().stream().map(pattern -> dynamicTest(pattern.getKey() + " /"
                + pattern.getValue().pattern() + "/", () -> {
                    for (Map.Entry<String, String> input : inputs.entrySet()) {
                        assertTimeoutPreemptively(BOUND, () -> {
                            pattern.getValue().matcher(input.getValue()).find();
                        }, () -> pattern.getKey() + " on " + input.getKey());
                    }
                }));
    }

    private static void bounded(Runnable work) {
        assertTimeoutPreemptively(BOUND, work::run);
    }

    private static PollTarget target() {
        return PollTarget.to(1, "r1", "127.0.0.1", 22).platform("cisco_ios", null, "show version")
                .login("netops", null, List.of()).shell(true, null).build();
    }

    /**
     * A dialogue whose router shows the prompt {@code r1#}, turns the pager off when asked and answers the version
     * command with {@code reply} followed by {@code prompt}; what the dialogue types reaches it in-process.
     */
    private static ShellDialogue dialogueAnswering(String reply, String prompt) {
        ShellScreen screen = new ShellScreen(8 * MIB);
        OutputStream keyboard = new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                String typed = toString(StandardCharsets.UTF_8);
                reset();
                String answer = switch (typed) {
                    case "\n" -> "\r\nr1#";
                    case " " -> "\r          \r" + prompt;
                    case "show version\n" -> "show version\r\n" + reply + prompt;
                    default -> typed.replace("\n", "\r\n") + "r1#";
                };
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                screen.write(bytes, 0, bytes.length);
            }
        };
        return new ShellDialogue(screen, keyboard, Duration.ofMillis(300), System.nanoTime() + BOUND.toNanos());
    }

    private static Map<String, Pattern> patternConstants() throws IOException, URISyntaxException,
            ReflectiveOperationException {
        Map<String, Pattern> found = new LinkedHashMap<>();
        Path classes = Path.of(VersionParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String pkg : PACKAGES) {
            Path folder = classes.resolve(pkg.replace('.', '/'));
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()),
                        true, AdversarialTextTest.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                            && !field.isSynthetic()) {
                        field.setAccessible(true);
                        collect(type.getSimpleName() + "." + field.getName(), field.get(null), found,
                                java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
                    }
                }
            }
        }
        return found;
    }

    /** Patterns in a value: itself, or inside a collection, a map's values or a record's components. */
    private static void collect(String path, Object value, Map<String, Pattern> found, Set<Object> seen)
            throws ReflectiveOperationException {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Pattern pattern) {
            found.put(path, pattern);
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                collect(path + "[" + i++ + "]", element, found, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collect(path + "[" + entry.getKey() + "]", entry.getValue(), found, seen);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                collect(path + "." + component.getName(), accessor.invoke(value), found, seen);
            }
        }
    }
}
