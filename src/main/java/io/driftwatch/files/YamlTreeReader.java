package io.driftwatch.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link YamlNode} tree from Jackson's YAML token stream. Jackson's own {@code JsonNode} forgets where each
 * value was, and rejects nothing that matters to us, so we walk the tokens ourselves.
 */
public final class YamlTreeReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTreeReader() {
    }

    /** The single document of {@code text}, or null when it holds no document (empty or only comments). */
    public static YamlNode read(String text, Path file) throws SourceFileException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = readValue(parser, file);
            if (parser.nextToken() != null) {
                throw new SourceFileException(file, line(parser), "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, file);
        } catch (IOException e) {
            // Reading from a String only fails through the parser, which is handled above.
            throw new SourceFileException(file, 0, "cannot parse YAML (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static YamlNode readValue(JsonParser parser, Path file) throws IOException, SourceFileException {
        int line = line(parser);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new SourceFileException(file, line, "YAML aliases (*name) are not supported; write the value out");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, file, line);
            case START_ARRAY -> readSequence(parser, file, line);
            case VALUE_NULL -> new YamlNode.Scalar(line, null);
            default -> new YamlNode.Scalar(line, parser.getText());
        };
    }

    private static YamlNode.Mapping readMapping(JsonParser parser, Path file, int line)
            throws IOException, SourceFileException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            parser.nextToken();
            YamlNode value = readValue(parser, file);
            YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyLine, value));
            if (previous != null) {
                throw new SourceFileException(file, keyLine,
                        "key '" + key + "' appears twice in one mapping (first on line " + previous.keyLine() + ")");
            }
        }
        return new YamlNode.Mapping(line, entries);
    }

    private static YamlNode.Sequence readSequence(JsonParser parser, Path file, int line)
            throws IOException, SourceFileException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, file));
        }
        return new YamlNode.Sequence(line, items);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * SnakeYAML's full message quotes the offending line, which may hold a literal password, so only the problem
     * statement and its line are kept.
     */
    private static SourceFileException syntaxError(JsonProcessingException e, Path file) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
                int line = marked.getProblemMark() != null ? marked.getProblemMark().getLine() + 1 : 0;
                String context = marked.getContext() != null ? " (" + marked.getContext() + ")" : "";
                return new SourceFileException(file, line, "invalid YAML: " + marked.getProblem() + context);
            }
        }
        int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
        return new SourceFileException(file, Math.max(line, 0), "invalid YAML");
    }
}
