package io.driftwatch.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Driftwatch's own samples in a Prometheus scrape of {@code /q/metrics}, read as a monitoring system reads them. */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^(driftwatch_[a-z_]+(?:\\{[^}]*\\})?) (\\S+)$",
            Pattern.MULTILINE);
    /** Any sample line: its name and its labels. */
    private static final Pattern ANY_SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? \\S+$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One series of a scrape. */
    public record Series(String name, Map<String, String> labels) {
    }

    private MetricsScrape() {
    }

    /** Each driftwatch_ series of a scrape, labels in the order the registry writes them, with its value. */
    public static Map<String, Double> samples() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return SAMPLE.matcher(text).results().collect(Collectors.toMap(m -> m.group(1),
                m -> Double.parseDouble(m.group(2)), (a, b) -> b));
    }

    /** Every sample of a scrape, Quarkus's own metrics too, with its labels as Prometheus reads them. */
    public static List<Series> everySeries() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return ANY_SAMPLE.matcher(text).results().map(m -> {
            Map<String, String> labels = new HashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            return new Series(m.group(1), Map.copyOf(labels));
        }).toList();
    }

    /** The sum of a metric's series whose labels contain {@code labels}; 0 when there is none. */
    public static double sum(String name, String labels) {
        return samples().entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "{") && e.getKey().substring(name.length()).contains(labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
