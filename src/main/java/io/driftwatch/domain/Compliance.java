package io.driftwatch.domain;

/** Where a device stands against the golden-version policy. */
public enum Compliance {
    /** A rule applies and the device's version is one it approves. */
    COMPLIANT,
    /** A rule applies and the device's version is not one it approves. */
    NON_COMPLIANT,
    /** No rule of the policy applies to the device (or there is no policy file). */
    NO_POLICY
}
