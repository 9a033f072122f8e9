package io.driftwatch.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One platform's row on the overview: its versions as segments of one bar, largest first, the tail folded into
 * "other" so a platform with forty releases still reads at a glance.
 *
 * @param segments at most {@link #SEGMENTS} versions, then "other" when more remain
 */
public record PlatformBar(String platform, long devices, List<Segment> segments) {

    static final int SEGMENTS = 5;

    /**
     * A part of the bar, linked to the device list it stands for.
     *
     * @param version null for the "other" segment
     * @param width   whole percent of the bar, at least 1 so every segment can be pointed at
     * @param shade   which of the versions' colours: 1 to {@link #SEGMENTS}, 0 for "other"
     */
    public record Segment(String version, long devices, int percent, int width, int shade, String href) {

        public String label() {
            return version == null ? "other" : version;
        }

        /** Room for its label inside the bar; narrower segments say it in their title only. */
        public boolean labelled() {
            return width >= 12;
        }
    }

    static PlatformBar of(FleetSummary.PlatformVersions versions) {
        String list = "/devices?platform=" + Formats.urlEncode(versions.platform());
        List<Segment> segments = new ArrayList<>();
        List<FleetSummary.VersionShare> shares = versions.versions();
        int shown = shares.size() > SEGMENTS + 1 ? SEGMENTS : shares.size();
        int used = 0;
        for (int i = 0; i < shown; i++) {
            FleetSummary.VersionShare share = shares.get(i);
            int width = width(share.devices(), versions.devices());
            used += width;
            segments.add(new Segment(share.version(), share.devices(), share.percent(), width, i + 1,
                    list + "&version=" + Formats.urlEncode(share.version())));
        }
        if (shown < shares.size()) {
            long rest = shares.subList(shown, shares.size()).stream()
                    .mapToLong(FleetSummary.VersionShare::devices).sum();
            segments.add(new Segment(null, rest, percent(rest, versions.devices()), Math.max(1, 100 - used), 0,
                    list));
        }
        return new PlatformBar(versions.platform(), versions.devices(), segments);
    }

    private static int width(long part, long whole) {
        return Math.max(1, (int) Math.floor(part * 100.0 / whole));
    }

    private static int percent(long part, long whole) {
        return (int) Math.round(part * 100.0 / whole);
    }
}
