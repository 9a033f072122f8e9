package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.text.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last sweeps drawn as an inline SVG, oldest on the left: one column per sweep stacked by status, and a line
 * for how long each took. Geometry is computed here in the SVG's own units so the template only prints numbers.
 *
 * @param columns    one per sweep, oldest first
 * @param durationLine the "points" of the duration polyline; empty with fewer than two finished sweeps
 * @param maxDevices the top of the device scale
 * @param maxSeconds the top of the duration scale
 */
public record SweepTrend(List<Column> columns, String durationLine, int maxDevices, double maxSeconds) {

    static final int SWEEPS = 50;
    static final double WIDTH = 600;
    static final double HEIGHT = 140;
    static final double TOP = 8;
    private static final double SLOT = WIDTH / SWEEPS;

    /** A sweep's column: its parts per status, bottom up, and what its title says. */
    public record Column(long id, double x, double width, List<Part> parts, String title) {
    }

    /** One status's share of a column. */
    public record Part(String css, double y, double height) {
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return HEIGHT;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** @param sweeps newest first, as the repository returns them */
    static SweepTrend of(List<SweepJson> sweeps) {
        List<SweepJson> oldestFirst = new ArrayList<>(sweeps.subList(0, Math.min(SWEEPS, sweeps.size())));
        java.util.Collections.reverse(oldestFirst);
        int maxDevices = Math.max(1, oldestFirst.stream().mapToInt(SweepTrend::recorded).max().orElse(1));
        double maxSeconds = Math.max(1, oldestFirst.stream().mapToLong(SweepJson::millis).max().orElse(0) / 1000.0);
        double scale = (HEIGHT - TOP) / maxDevices;
        // Right-aligned: the newest sweep always sits at the right edge, whatever the count.
        double start = WIDTH - oldestFirst.size() * SLOT;
        List<Column> columns = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int finished = 0;
        for (int i = 0; i < oldestFirst.size(); i++) {
            SweepJson sweep = oldestFirst.get(i);
            double x = start + i * SLOT;
            List<Part> parts = new ArrayList<>();
            double bottom = HEIGHT;
            for (Map.Entry<PollStatus, Integer> count : sweep.counts().entrySet()) {
                if (count.getValue() == 0) {
                    continue;
                }
                double height = count.getValue() * scale;
                bottom -= height;
                parts.add(new Part(Formats.css(count.getKey()), round(bottom), round(height)));
            }
            columns.add(new Column(sweep.id(), round(x + 1), round(SLOT - 2), parts, title(sweep)));
            if (sweep.finishedAt() != null) {
                double y = HEIGHT - (sweep.millis() / 1000.0) / maxSeconds * (HEIGHT - TOP);
                line.append(finished++ == 0 ? "" : " ").append(round(x + SLOT / 2)).append(',').append(round(y));
            }
        }
        return new SweepTrend(columns, finished > 1 ? line.toString() : "", maxDevices, maxSeconds);
    }

    private static int recorded(SweepJson sweep) {
        return sweep.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What a column says on hover and to a screen reader: the figures, since colour alone tells nothing. */
    private static String title(SweepJson sweep) {
        String counts = sweep.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Formats.label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
        return "Sweep #" + sweep.id() + ", " + Times.utc(sweep.startedAt()) + ", " + sweep.state().name()
                + (sweep.finishedAt() == null ? "" : " in " + Formats.took(sweep)) + ": "
                + (counts.isEmpty() ? "no device recorded" : counts);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
