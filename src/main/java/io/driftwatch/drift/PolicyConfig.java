package io.driftwatch.drift;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the golden-version policy is read from. */
@ConfigMapping(prefix = "driftwatch.policy")
public interface PolicyConfig {

    /** Policy file (YAML); default {@code policy.yaml} in the inventory's folder. A missing file means no policy. */
    Optional<Path> path();
}
