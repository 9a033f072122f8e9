package io.driftwatch.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers the line it starts on, so every validation message can point at it. */
public sealed interface YamlNode {

    int line();

    /** A short name for messages such as "must be a mapping, not a list". */
    String kind();

    /** Keys in file order. */
    record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** @param keyLine line of the key, which is where a reader looks for a field */
    record Entry(String key, int keyLine, YamlNode value) {
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** @param text the scalar as written, or null for YAML null ({@code ~}, {@code null} or nothing) */
    record Scalar(int line, String text) implements YamlNode {

        /** Jackson reports a key with nothing after it as either null or an empty string. */
        public boolean isEmpty() {
            return text == null || text.isEmpty();
        }

        @Override
        public String kind() {
            return isEmpty() ? "empty" : "a single value";
        }
    }
}
