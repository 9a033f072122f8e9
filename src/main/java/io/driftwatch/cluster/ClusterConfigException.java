package io.driftwatch.cluster;

/** A cluster setting that cannot work; stops the start with the setting's name. */
public class ClusterConfigException extends RuntimeException {

    private final String setting;

    public ClusterConfigException(String setting, String reason) {
        super("Driftwatch will not start: " + setting + " " + reason);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
