package io.driftwatch.drift;

import java.util.regex.Pattern;

/** A device-name or model pattern of a policy rule: {@code *} any run of characters, {@code ?} one; any case. */
record Glob(String text, Pattern regex) {

    static Glob of(String text) {
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

    boolean matches(String value) {
        return value != null && regex.matcher(value).matches();
    }

    boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    /** Characters that are not wildcards: the more of them, the narrower the pattern. */
    int literalLength() {
        return text.replace("*", "").replace("?", "").length();
    }
}
