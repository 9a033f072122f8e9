package io.driftwatch.drift;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one detector, with the thresholds of {@link DriftConfig}, for every part of the sweep that judges drift. */
class DriftDetectorProducer {

    @Produces
    @Singleton
    DriftDetector detector(DriftConfig config) {
        return new DriftDetector(config.unreachableAfter(), config.rebootTolerance());
    }
}
