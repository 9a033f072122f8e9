package io.driftwatch.lab;

import java.util.Objects;

/**
 * What one simulated router reports. {@code serial} and {@code image} may be null; platforms whose version command
 * does not print a fact (hostname on Arista and 64-bit XR, serial on Junos) simply leave it out.
 */
public record LabFacts(String hostname, String version, String model, String serial, long uptimeSeconds, String image) {

    public LabFacts {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(model, "model");
        if (uptimeSeconds < 0) {
            throw new IllegalArgumentException("uptimeSeconds must not be negative: " + uptimeSeconds);
        }
    }
}
