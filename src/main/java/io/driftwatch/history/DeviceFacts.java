package io.driftwatch.history;

import java.util.Objects;

/**
 * What a successful poll tells of a device, as its device row and its history spans store it: each value cut to the
 * width of its column, which is the same in both tables.
 */
public record DeviceFacts(String version, String model, String serial, String hostname, String uptime, String image) {

    public static final int VERSION_WIDTH = 255;
    public static final int MODEL_WIDTH = 255;
    public static final int SERIAL_WIDTH = 255;
    public static final int HOSTNAME_WIDTH = 255;
    public static final int UPTIME_WIDTH = 255;
    public static final int IMAGE_WIDTH = 512;

    public DeviceFacts {
        version = Columns.fit(version, VERSION_WIDTH);
        model = Columns.fit(model, MODEL_WIDTH);
        serial = Columns.fit(serial, SERIAL_WIDTH);
        hostname = Columns.fit(hostname, HOSTNAME_WIDTH);
        uptime = Columns.fit(uptime, UPTIME_WIDTH);
        image = Columns.fit(image, IMAGE_WIDTH);
    }

    /** Whether these are the other's facts, uptime apart: it changes at every poll without saying anything new. */
    public boolean sameApartFromUptime(DeviceFacts other) {
        return Objects.equals(version, other.version) && Objects.equals(model, other.model)
                && Objects.equals(serial, other.serial) && Objects.equals(hostname, other.hostname)
                && Objects.equals(image, other.image);
    }
}
