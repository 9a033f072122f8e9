package io.driftwatch.lab;

import java.util.List;

/** Column padding for renderers whose vendors align values in fixed-width tables. */
final class LabText {

    private LabText() {
    }

    /** Appends {@code value} left-aligned in {@code width} columns, or followed by one space when it overflows. */
    static StringBuilder padRight(StringBuilder out, String value, int width) {
        out.append(value);
        for (int i = value.length(); i < width; i++) {
            out.append(' ');
        }
        if (value.length() >= width) {
            out.append(' ');
        }
        return out;
    }

    /** Appends {@code value} right-aligned in {@code width} columns. */
    static StringBuilder padLeft(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append(' ');
        }
        return out.append(digits);
    }

    /** Appends {@code value} as at least two digits, the way clock-style uptimes print minutes and seconds. */
    static StringBuilder twoDigits(StringBuilder out, long value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }

    /** The release before {@code version} on the platform's train, or {@code version} itself when it is the first. */
    static String previousRelease(String platform, String version) {
        List<String> train = LabCatalog.versionTrain(platform);
        int index = train.indexOf(version);
        return index > 0 ? train.get(index - 1) : version;
    }

    /** The leading number of a model name's second part: "ECS4120-28Fv2" has 28 ports. 0 when there is none. */
    static int portCount(String model) {
        int dash = model.indexOf('-');
        int ports = 0;
        for (int i = dash + 1; dash >= 0 && i < model.length() && Character.isDigit(model.charAt(i)); i++) {
            ports = ports * 10 + (model.charAt(i) - '0');
        }
        return ports;
    }
}
