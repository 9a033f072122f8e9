package io.driftwatch.text;

import java.util.regex.Pattern;

/**
 * A shell-style pattern, as network engineers write them for device names, models and versions: {@code *} any run
 * of characters, {@code ?} one, everything else literal, in any case. The one glob of the code base: policy rules,
 * version rules and silences all match with it.
 */
public record Glob(String text, Pattern regex) {

    public static Glob of(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return new Glob(text, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean matches(String value) {
        return value != null && regex.matcher(value).matches();
    }

    public boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    /** Characters that are not wildcards: the more of them, the narrower the pattern. */
    public int literalLength() {
        return text.replace("*", "").replace("?", "").length();
    }
}
