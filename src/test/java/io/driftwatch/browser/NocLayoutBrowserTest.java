package io.driftwatch.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Device;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.Sweep;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.Browser;
import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The dashboard as a network operations centre keeps it open: the overview of 10,000 devices over 36 platforms
 * fits one 1440×900 screen, and no page is wider than the window at 1280 or 390 px, in either theme (screenshots
 * of each in target/screenshots).
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestProfile(NocLayoutBrowserTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NocLayoutBrowserTest extends BrowserTestBase {

    static final int DEVICES = 10_000;
    static final int SWEEPS = 60;

    /** Ten thousand seeded devices must not meet the other tests' fleets. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:driftwatch-noc;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    @Inject
    EntityManager entities;

    @Test
    @Order(1)
    void theOverviewOfTenThousandDevicesFitsOneScreen() {
        QuarkusTransaction.requiringNew().timeout(300).run(this::seed);
        browser.viewport(Browser.WIDE);
        for (boolean dark : new boolean[] {false, true}) {
            browser.darkTheme(dark);
            browser.go("/");
            long content = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
            long screen = ((Number) browser.script("return window.innerHeight;")).longValue();
            assertEquals(900, screen);
            assertTrue(content <= screen, "the overview is " + content + " px high on a " + screen + " px screen");
            assertEquals(List.of(), browser.overflows(true));
            browser.screenshot("overview-10000-1440" + (dark ? "-dark" : ""));
        }
        assertEquals(6, browser.findAll(By.cssSelector(".tiles .tile")).size());
        assertEquals(String.valueOf(DEVICES), browser.find(By.cssSelector(".tiles .tile .figure")).getText());
        assertEquals(10, browser.findAll(By.cssSelector(".overview > section > ul.platforms > li")).size());
        assertEquals("26 more platforms", browser.find(By.cssSelector("details.more-platforms summary")).getText());
        assertEquals(50, browser.findAll(By.cssSelector("svg.trend a")).size(), "the last 50 sweeps");
        assertEquals(5, browser.findAll(By.cssSelector("ul.attention li")).size());
        assertEquals(0, browser.findAll(By.tagName("script")).size(), "no script on the overview");
        // Every segment is a link to the devices it counts.
        String href = browser.find(By.cssSelector(".seg")).getAttribute("href");
        assertTrue(href.contains("/devices?platform=") && href.contains("&version="), href);
        browser.darkTheme(false);
    }

    @Test
    @Order(2)
    void noPageIsWiderThanTheWindowAtDesktopOrPhoneWidth() {
        List<String> fleet = new ArrayList<>(FakeRouters.fleetNames().subList(40, 70));
        fleet.add("hostile");
        fleet.add("closed-port");
        fleet.add("wrong-password");
        FakeRouters.useOnly(fleet);
        Sweeps.runAndWait();
        FakeRouters.router("fleet-041").upgrade(Instant.now());
        long sweep = Sweeps.runAndWait().getLong("id");
        given().get("/api/devices/fleet-041").then().statusCode(200);

        String[][] pages = {
                {"/", "overview"}, {"/devices", "devices"}, {"/devices?status=FAILING", "devices-failing"},
                {"/devices/fleet-041", "device"}, {"/devices/hostile", "device-hostile"}, {"/drift", "drift"},
                {"/drift?attention=true", "drift-attention"}, {"/sweeps", "sweeps"}, {"/sweeps/" + sweep, "sweep"},
                {"/alerting", "alerting"}, {"/login", "login"},
        };
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, Browser.PHONE)) {
            browser.viewport(size);
            for (boolean dark : new boolean[] {false, true}) {
                browser.darkTheme(dark);
                for (String[] page : pages) {
                    browser.go(page[0]);
                    // At desktop width every table fits its card; on a phone long tables scroll inside theirs.
                    browser.overflows(size.equals(DESKTOP))
                            .forEach(p -> problems.add(page[0] + " at " + size.width + " px: " + p));
                    browser.screenshot(page[1] + "-" + size.width + (dark ? "-dark" : ""));
                }
            }
        }
        browser.darkTheme(false);
        browser.viewport(Browser.DESKTOP);
        assertEquals(List.of(), problems);
    }

    /** Devices over every platform, a few versions each (largest first), 60 sweeps and drift to review. */
    private void seed() {
        List<String> platforms = new ArrayList<>(ParserRegistry.standard().platforms());
        Random random = new Random(16);
        Instant now = Instant.now();
        double[] weights = new double[platforms.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.pow(weights.length - i, 2);
            sum += weights[i];
        }
        int made = 0;
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < platforms.size(); p++) {
            int count = p == platforms.size() - 1 ? DEVICES - made : (int) Math.round(DEVICES * weights[p] / sum);
            for (int n = 0; n < count; n++) {
                Device device = new Device();
                device.name = "site" + (n % 40) + "-" + platforms.get(p).replace('_', '-') + "-" + n;
                device.host = "10." + p + "." + (n / 250) + "." + (n % 250);
                device.port = 22;
                device.platform = platforms.get(p);
                device.group = "region-" + (n % 6);
                device.credentialName = "default";
                device.inInventory = true;
                device.addedAt = now.minus(Duration.ofDays(400));
                boolean failing = random.nextInt(100) < 3;
                device.status = failing ? PollStatus.values()[1 + random.nextInt(PollStatus.values().length - 1)]
                        : PollStatus.OK;
                device.polledAt = now.minus(Duration.ofMinutes(7));
                device.lastOkAt = device.polledAt;
                // Versions by a geometric share: most run the newest, a long tail runs older ones.
                int version = Math.min((int) (-Math.log(1 - random.nextDouble()) * 1.6), 11);
                device.version = (17 - p % 5) + "." + (12 - version) + "." + (p % 3) + "a";
                device.model = "MODEL-" + p;
                device.compliance = version > 3 ? Compliance.NON_COMPLIANT : Compliance.COMPLIANT;
                entities.persist(device);
                ids.add(device.id);
            }
            made += count;
        }
        entities.flush();
        for (int s = SWEEPS; s > 0; s--) {
            Sweep sweep = new Sweep();
            sweep.trigger = Sweep.Trigger.SCHEDULED;
            sweep.requestedBy = "schedule";
            sweep.state = Sweep.State.COMPLETED;
            sweep.startedAt = now.minus(Duration.ofMinutes(15L * s));
            sweep.finishedAt = sweep.startedAt.plusSeconds(40 + random.nextInt(30));
            sweep.devices = DEVICES;
            sweep.unreachable = 100 + random.nextInt(200);
            sweep.timedOut = random.nextInt(50);
            sweep.ok = DEVICES - sweep.unreachable - sweep.timedOut;
            entities.persist(sweep);
        }
        for (int e = 0; e < 40; e++) {
            DriftEvent event = new DriftEvent();
            event.deviceId = ids.get(random.nextInt(ids.size()));
            event.kind = e % 3 == 0 ? DriftKind.values()[e % DriftKind.values().length] : DriftKind.VERSION_CHANGED;
            event.fromValue = "17.9.4a";
            event.toValue = "17.12.1a";
            event.occurredAt = now.minus(Duration.ofMinutes(20L * e));
            event.evidence = "seeded for the layout test";
            if (e % 4 == 0) {
                event.acknowledgedAt = now;
                event.acknowledgedBy = "operator";
                event.ackComment = "planned";
            }
            entities.persist(event);
        }
    }
}
