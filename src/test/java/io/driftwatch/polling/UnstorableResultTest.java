package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.PlatformDetector;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A result the database refuses costs its own device a result, never the sweep: real polls of real routers, two of
 * whose results are made unstorable after the poll (past the edge where router text is cleaned), as a value that
 * slipped through would be.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestProfile(UnstorableResultTest.Unstorable.class)
class UnstorableResultTest {

    /** Its platform is longer than the column holds: refused by H2 and PostgreSQL alike. */
    static final String TOO_LONG = "fleet-193";
    /** A NUL in its version: refused by PostgreSQL, stored by H2. */
    static final String NUL = "fleet-194";
    static final List<String> DEVICES = List.of("fleet-190", "fleet-191", "fleet-192", TOO_LONG, NUL, "fleet-195");

    @Test
    void theOtherDevicesAreRecordedTheRefusedOneIsAnErrorAndTheSweepCompletes() {
        FakeRouters.useOnly(DEVICES);

        JsonPath sweep = Sweeps.runAndWait();

        assertEquals("COMPLETED", sweep.getString("state"), sweep::prettify);
        assertEquals(DEVICES.size(), sweep.getInt("devices"), sweep::prettify);
        boolean postgresql = "postgresql".equals(System.getProperty("driftwatch.test.database"));
        for (String device : DEVICES) {
            if (device.equals(TOO_LONG) || device.equals(NUL) && postgresql) {
                given().get("/api/devices/" + device).then().statusCode(200)
                        .body("status", equalTo("ERROR"))
                        .body("reason", containsString("the database refused to store this poll's result"));
            } else {
                given().get("/api/devices/" + device).then().statusCode(200)
                        .body("status", equalTo("OK"))
                        .body("version", device.equals(NUL) ? containsString(FakeRouters.router(device).version())
                                : equalTo(FakeRouters.router(device).version()));
            }
        }
        assertEquals(DEVICES.size() - (postgresql ? 2 : 1), sweep.getInt("ok"), sweep::prettify);
        assertEquals(postgresql ? 2 : 1, sweep.getInt("error"), sweep::prettify);
    }

    public static class Unstorable implements QuarkusTestProfile {
        /**
         * A database of its own: the routers this restarted application meets have keys other than the ones the
         * default application pinned.
         */
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("quarkus.datasource.jdbc.url",
                    io.driftwatch.testing.PostgresqlDatabase.separateUrl("unstorable"));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SpoilingPoller.class);
        }
    }

    /** The real poller, with two devices' results spoiled after the poll. */
    @Alternative
    @Singleton
    public static class SpoilingPoller extends DevicePoller {

        public SpoilingPoller(SshCollector collector, ParserRegistry parsers, PlatformDetector detector,
                SshConfig sshConfig, SweepConfig sweepConfig, Clock clock) {
            super(collector, parsers, detector, sshConfig, sweepConfig, clock);
        }

        @Override
        public ProbeResult poll(PollTarget target) {
            ProbeResult result = super.poll(target);
            String name = target.name();
            if (result.status() != PollStatus.OK || !(name.equals(TOO_LONG) || name.equals(NUL))) {
                return result;
            }
            ParsedVersion facts = result.facts();
            // A version never seen before (the PostgreSQL database outlives runs), so the poll starts a new history
            // span and its columns are written.
            String version = name.equals(NUL) ? facts.version() + "\u0000" : facts.version() + "-" + System.nanoTime();
            String platform = name.equals(TOO_LONG) ? "x".repeat(100) : result.platform();
            return new ProbeResult(target, result.status(), result.reason(), new ParsedVersion(version, facts.model(),
                    facts.serial(), facts.hostname(), facts.uptime(), facts.image(), facts.members()), result.output(),
                    result.offeredHostKey(), result.firstContact(), result.startedAt(), result.durationMs(),
                    result.attempts(), platform, result.command(), result.pollMode(), result.shellLearned());
        }
    }
}
