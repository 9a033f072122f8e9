package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a "Label : value" output from a declared list of label synonyms per field, so a vendor's new
 * wording is one more word in a parser's table rather than another pattern. A parser builds one as a constant.
 *
 * <p>
 * Labels match case-insensitively at the start of a line (indentation allowed), with any blanks, hyphens or
 * underscores between their words, and end at a separator: a colon or an equals sign, a dotted leader
 * ({@code Serial Number....... x}, one dot or more, with or without a colon after it), or a run of two or more blanks (tables padded
 * to a column). For each field the synonyms are tried in the declared order, and within one synonym the first line
 * with a present value wins; placeholders ({@link OutputText#absent}) count as no value, so a later synonym may still
 * answer.
 */
final class LabelledFields {

    /** The fields of {@link ParsedVersion} that one line can carry. */
    enum Field {
        VERSION,
        MODEL,
        SERIAL,
        HOSTNAME,
        UPTIME,
        IMAGE
    }

    /** The values read, each null when no synonym of its field carried one. */
    record Found(String version, String model, String serial, String hostname, String uptime, String image) {

        /** These values as parsed facts with the given units of a stack or cluster. */
        ParsedVersion toParsedVersion(List<ParsedVersion.Member> members) {
            return new ParsedVersion(version, model, serial, hostname, uptime, image, members);
        }
    }

    private final Map<Field, List<Pattern>> patterns;

    private LabelledFields(Map<Field, List<Pattern>> patterns) {
        this.patterns = patterns;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Every field read from the output's lines. */
    Found read(List<String> lines) {
        return new Found(
                read(Field.VERSION, lines),
                read(Field.MODEL, lines),
                read(Field.SERIAL, lines),
                read(Field.HOSTNAME, lines),
                read(Field.UPTIME, lines),
                read(Field.IMAGE, lines));
    }

    /** The value of the first synonym, in declared order, that a line carries; null when none does. */
    String read(Field field, List<String> lines) {
        for (Pattern pattern : patterns.getOrDefault(field, List.of())) {
            for (String line : lines) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.matches()) {
                    String value = OutputText.present(matcher.group(1));
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The pattern of one label: words joined by any blanks, hyphens or underscores, then a separator, group 1 being
     * the rest of the line. Possessive and disjoint pieces keep it linear on a line of blanks or dots.
     */
    static Pattern pattern(String label) {
        String[] words = label.strip().split("[\\s_-]+");
        StringBuilder regex = new StringBuilder("\\s*+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s_-]*+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?:\\s*+(?:\\.++\\s*+[:=]?|[:=])|\\s{2,}+)(.*)");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Declares the synonyms of each field; a field declared twice keeps both lists, in order. */
    static final class Builder {

        private final Map<Field, List<Pattern>> patterns = new EnumMap<>(Field.class);

        private Builder() {
        }

        Builder version(String... labels) {
            return field(Field.VERSION, labels);
        }

        Builder model(String... labels) {
            return field(Field.MODEL, labels);
        }

        Builder serial(String... labels) {
            return field(Field.SERIAL, labels);
        }

        Builder hostname(String... labels) {
            return field(Field.HOSTNAME, labels);
        }

        Builder uptime(String... labels) {
            return field(Field.UPTIME, labels);
        }

        Builder image(String... labels) {
            return field(Field.IMAGE, labels);
        }

        Builder field(Field field, String... labels) {
            List<Pattern> list = patterns.computeIfAbsent(field, key -> new ArrayList<>());
            for (String label : labels) {
                list.add(pattern(label));
            }
            return this;
        }

        LabelledFields build() {
            Map<Field, List<Pattern>> copy = new EnumMap<>(Field.class);
            patterns.forEach((field, list) -> copy.put(field, List.copyOf(list)));
            return new LabelledFields(copy);
        }
    }
}
