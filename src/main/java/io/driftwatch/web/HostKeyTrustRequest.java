package io.driftwatch.web;

/**
 * The body of an API trust request: the SHA-256 fingerprint of the key the operator looked at, as the device (or
 * bastion) shows it under {@code offeredHostKeyFingerprint}.
 */
public record HostKeyTrustRequest(String fingerprint) {
}
