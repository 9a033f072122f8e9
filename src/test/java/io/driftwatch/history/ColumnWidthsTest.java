package io.driftwatch.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The widths text is cut to before it is stored are the widths the migrations gave the columns, as the database
 * itself reports them (H2 and PostgreSQL alike): a migration that widens a column must widen its constant too.
 */
@QuarkusTest
class ColumnWidthsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void constantsMatchTheMigratedColumns() {
        Map<String, Integer> widths = Map.ofEntries(
                Map.entry("device.reason", Device.REASON_WIDTH),
                Map.entry("device.compliance_rule", Device.COMPLIANCE_RULE_WIDTH),
                Map.entry("device.shell_learned", Device.SHELL_LEARNED_WIDTH),
                Map.entry("device.version", DeviceFacts.VERSION_WIDTH),
                Map.entry("device.model", DeviceFacts.MODEL_WIDTH),
                Map.entry("device.serial", DeviceFacts.SERIAL_WIDTH),
                Map.entry("device.hostname", DeviceFacts.HOSTNAME_WIDTH),
                Map.entry("device.uptime", DeviceFacts.UPTIME_WIDTH),
                Map.entry("device.image", DeviceFacts.IMAGE_WIDTH),
                Map.entry("device.host_key", PinnedHost.HOST_KEY_WIDTH),
                Map.entry("device.offered_host_key", PinnedHost.HOST_KEY_WIDTH),
                Map.entry("device.host_key_pinned_by", PinnedHost.PINNED_BY_WIDTH),
                Map.entry("bastion.host_key", PinnedHost.HOST_KEY_WIDTH),
                Map.entry("bastion.offered_host_key", PinnedHost.HOST_KEY_WIDTH),
                Map.entry("bastion.host_key_pinned_by", PinnedHost.PINNED_BY_WIDTH),
                Map.entry("observation.reason", Observation.REASON_WIDTH),
                Map.entry("observation.version", DeviceFacts.VERSION_WIDTH),
                Map.entry("observation.model", DeviceFacts.MODEL_WIDTH),
                Map.entry("observation.serial", DeviceFacts.SERIAL_WIDTH),
                Map.entry("observation.hostname", DeviceFacts.HOSTNAME_WIDTH),
                Map.entry("observation.uptime", DeviceFacts.UPTIME_WIDTH),
                Map.entry("observation.image", DeviceFacts.IMAGE_WIDTH),
                Map.entry("drift_event.from_value", DriftEvent.VALUE_WIDTH),
                Map.entry("drift_event.to_value", DriftEvent.VALUE_WIDTH),
                Map.entry("drift_event.evidence", DriftEvent.EVIDENCE_WIDTH));
        widths.forEach((column, width) -> assertEquals(width, declaredWidth(column), column));
    }

    private int declaredWidth(String column) {
        String[] parts = column.split("\\.");
        Number width = (Number) entityManager.createNativeQuery("select character_maximum_length"
                + " from information_schema.columns where lower(table_name) = ?1 and lower(column_name) = ?2"
                + " and lower(table_schema) = 'public'")
                .setParameter(1, parts[0]).setParameter(2, parts[1]).getSingleResult();
        return width.intValue();
    }
}
