package io.driftwatch.web;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DriftRow;
import io.driftwatch.versions.Direction;
import java.time.Instant;

/**
 * A drift event as the API shows it.
 *
 * @param direction      UPGRADE, DOWNGRADE or SAME for a version change; null for other kinds
 * @param evidence       why the change was concluded (the rule, the uptimes compared, the failures counted); may be
 *                       null
 * @param acknowledgedAt when an operator acknowledged the event; null while it needs attention
 * @param acknowledgedBy who acknowledged it
 * @param ackComment     the operator's comment
 */
public record DriftJson(long id, DriftKind kind, String device, String group, String from, String to,
        Direction direction, Long sweepId, Instant at, String evidence, Instant acknowledgedAt,
        String acknowledgedBy, String ackComment) {

    static DriftJson of(DriftRow row) {
        return new DriftJson(row.event().id, row.event().kind, row.device(), row.group(), row.event().fromValue,
                row.event().toValue, row.event().direction, row.event().sweepId, row.event().occurredAt,
                row.event().evidence, row.event().acknowledgedAt, row.event().acknowledgedBy,
                row.event().ackComment);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
