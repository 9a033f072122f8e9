package io.driftwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way (README, "How it is built"): a scan of the sources, where any mention of
 * {@code io.driftwatch.<package>.} (an import, a qualified name, a JPQL string) is a dependency, finds no cycle.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "driftwatch");
    private static final Pattern MENTION = Pattern.compile("io\\.driftwatch\\.(\\w+)\\.");

    @Test
    void theMainPackagesHaveNoCycle() {
        Map<String, Set<String>> graph = graph(SOURCES);
        assertTrue(graph.size() > 10, "only " + graph.size() + " packages found under " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), cycles(graph), "package cycles; the graph is " + graph);
    }

    @Test
    void theSharedWordsAndFilePlumbingDependOnNothing() {
        Map<String, Set<String>> graph = graph(SOURCES);
        assertEquals(Set.of(), graph.get("domain"));
        assertEquals(Set.of(), graph.get("files"));
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("history", Set.of("polling", "domain"));
        graph.put("polling", Set.of("drift"));
        graph.put("drift", Set.of("history"));
        graph.put("web", Set.of("polling"));
        graph.put("domain", Set.of());
        assertEquals(List.of(List.of("drift", "history", "polling")), cycles(graph));
    }

    /** Package to the packages its sources mention. */
    static Map<String, Set<String>> graph(Path sources) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = sources.relativize(file).getName(0).toString();
                if (from.endsWith(".java")) {
                    continue;
                }
                Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher mention = MENTION.matcher(Files.readString(file));
                while (mention.find()) {
                    if (!mention.group(1).equals(from)) {
                        to.add(mention.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Every strongly connected set of more than one package (Tarjan), each sorted by name. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        return new Tarjan(graph).components.stream().filter(c -> c.size() > 1).toList();
    }

    private static final class Tarjan {
        final Map<String, Set<String>> graph;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final List<List<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
            new TreeSet<>(graph.keySet()).forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
        }

        void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                component.sort(null);
                components.add(component);
            }
        }
    }
}
