package io.driftwatch.polling;

import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * The first error a session itself met, kept per connection. When key exchange fails, MINA closes the session,
 * and a waiting caller may see only "Session is being closed"; the real reason (no common algorithm, say) is this.
 */
final class SessionFailure {

    static final AttributeKey<SessionFailure> KEY = new AttributeKey<>();

    private volatile Throwable first;

    void record(Throwable error) {
        if (first == null && error != null) {
            first = error;
        }
    }

    Throwable first() {
        return first;
    }
}
