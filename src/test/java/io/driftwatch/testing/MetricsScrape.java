package io.driftwatch.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Driftwatch's own samples in a Prometheus scrape of {@code /q/metrics}, read as a monitoring system reads them. */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^(driftwatch_[a-z_]+(?:\\{[^}]*\\})?) (\\S+)$",
            Pattern.MULTILINE);

    private MetricsScrape() {
    }

    /** Each driftwatch_ series of a scrape, labels in the order the registry writes them, with its value. */
    public static Map<String, Double> samples() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return SAMPLE.matcher(text).results().collect(Collectors.toMap(m -> m.group(1),
                m -> Double.parseDouble(m.group(2)), (a, b) -> b));
    }

    /** The sum of a metric's series whose labels contain {@code labels}; 0 when there is none. */
    public static double sum(String name, String labels) {
        return samples().entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "{") && e.getKey().substring(name.length()).contains(labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
