package io.driftwatch.history;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollMode;
import io.driftwatch.domain.PollStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * A router as Driftwatch knows it: where it is (from the inventory) and its current state (from the last poll).
 * Rows are never deleted when a router leaves the inventory, so its history stays readable.
 */
@Entity
public class Device extends PinnedHost {

    public static final int REASON_WIDTH = 2000;
    public static final int COMPLIANCE_RULE_WIDTH = 512;
    public static final int SHELL_LEARNED_WIDTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    public Long id;

    public String name;
    public String host;
    public int port;
    /** As the inventory says: a platform name or {@code autodetect}. */
    public String platform;
    /** For an autodetect device, the platform the last successful probe found; else null. */
    @Column(name = "detected_platform")
    public String detectedPlatform;
    @Column(name = "device_group")
    public String group;
    @Column(name = "credential_name")
    public String credentialName;
    @Column(name = "in_inventory")
    public boolean inInventory;
    @Column(name = "added_at")
    public Instant addedAt;
    @Column(name = "removed_at")
    public Instant removedAt;

    @Enumerated(EnumType.STRING)
    public PollStatus status;
    public String reason;
    @Column(name = "polled_at")
    public Instant polledAt;
    @Column(name = "polled_sweep_id")
    public Long polledSweepId;
    /** The device's current history span, extended by every poll that finds the same state. */
    @Column(name = "observation_id")
    public Long observationId;
    @Column(name = "last_ok_at")
    public Instant lastOkAt;
    @Column(name = "last_ok_sweep_id")
    public Long lastOkSweepId;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    public String version;
    public String model;
    public String serial;
    public String hostname;
    public String uptime;
    public String image;

    /** The address ({@code host:port}) of the bastion the device is reached through, or null; see {@link Bastion}. */
    @Column(name = "jump_host")
    public String jumpHost;
    /** The node id of the replica that recorded the last poll. */
    @Column(name = "polled_by")
    public String polledBy;
    /** Why the last cluster sweep did not poll the device (no live replica in its zone); null once polled. */
    @Column(name = "not_polled")
    public String notPolled;

    /** The golden-version verdict after the last poll; null before the first. */
    @Enumerated(EnumType.STRING)
    public Compliance compliance;
    /** The rule that decided {@link #compliance}; null for NO_POLICY. */
    @Column(name = "compliance_rule")
    public String complianceRule;
    /** Polls in a row that got no answer (UNREACHABLE or TIMEOUT). */
    @Column(name = "unanswered_polls")
    public int unansweredPolls;
    /** When that run of unanswered polls began; null while the device answers. */
    @Column(name = "down_since")
    public Instant downSince;
    /** Whether UNREACHABLE was reported for the current run and RECOVERED not yet. */
    @Column(name = "unreachable_raised")
    public boolean unreachableRaised;

    /** The channel the last poll that ran the command went through; null before the first. */
    @Enumerated(EnumType.STRING)
    @Column(name = "poll_mode")
    public PollMode pollMode;
    /**
     * What exec answered when Driftwatch learned that this device needs its interactive shell; null when it has
     * not (exec works, or the inventory asks for the shell). Set, it sends later polls straight to the shell.
     */
    @Column(name = "shell_learned")
    public String shellLearned;
    /** The inventory's shell setting when {@link #shellLearned} was learned; a different setting forgets it. */
    @Column(name = "shell_learned_under")
    public Boolean shellLearnedUnder;

    /** The facts the last successful poll found; all null before one. */
    public DeviceFacts facts() {
        return new DeviceFacts(version, model, serial, hostname, uptime, image);
    }

    /**
     * Takes what a poll found as the device's current state. A success brings its facts, and its key was the pinned
     * one, so an earlier refused offer is moot; a failure keeps the last known facts and counts.
     *
     * @param facts what an OK poll found; not read for other statuses
     */
    public void polled(long sweepId, Instant at, PollStatus status, String reason, DeviceFacts facts) {
        this.status = status;
        this.reason = Columns.fit(reason, REASON_WIDTH);
        polledAt = at;
        polledSweepId = sweepId;
        if (status == PollStatus.OK) {
            version = facts.version();
            model = facts.model();
            serial = facts.serial();
            hostname = facts.hostname();
            uptime = facts.uptime();
            image = facts.image();
            lastOkAt = at;
            lastOkSweepId = sweepId;
            consecutiveFailures = 0;
            dropOffer();
        } else {
            consecutiveFailures++;
        }
    }

    /** Sends later polls straight to the shell, because exec answered {@code why} under this shell setting. */
    public void learnedShell(String why, boolean inventoryShell) {
        shellLearned = Columns.fit(why, SHELL_LEARNED_WIDTH);
        shellLearnedUnder = inventoryShell;
    }

    /** Lets the inventory decide the channel again. */
    public void forgetShell() {
        shellLearned = null;
        shellLearnedUnder = null;
    }

    /** Counts a poll into the device's run of unanswered polls, or ends that run. */
    public void countAnswer(boolean answered, Instant at) {
        if (answered) {
            unansweredPolls = 0;
            downSince = null;
        } else {
            if (unansweredPolls == 0) {
                downSince = at;
            }
            unansweredPolls++;
        }
    }

    /** Remembers that UNREACHABLE or RECOVERED was reported, so neither is reported twice for one run. */
    public void reported(DriftKind kind) {
        if (kind == DriftKind.UNREACHABLE) {
            unreachableRaised = true;
        } else if (kind == DriftKind.RECOVERED) {
            unreachableRaised = false;
        }
    }

    /** Keeps the policy's verdict and the rule that decided it. */
    public void judged(Compliance compliance, String rule) {
        this.compliance = compliance;
        complianceRule = Columns.fit(rule, COMPLIANCE_RULE_WIDTH);
    }
}
