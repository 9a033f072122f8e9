package io.driftwatch.cli;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on files in a temporary folder, with an environment of the test's own. */
class CheckCommandTest {

    private static final String ROUTER_PASSWORD = "router-pw-1c9f";
    private static final String HOOK_SECRET = "hook-secret-77ab";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Map<String, String> environment, String... args) {
        return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment).run(args);
    }

    private int check(String... args) {
        return check(Map.of("ROUTER_PASSWORD", ROUTER_PASSWORD, "NOC_HOOK_SECRET", HOOK_SECRET), args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Path inventory(String devices) throws IOException {
        return write(dir, "inventory.yaml", """
                credentials:
                  core-ro: { username: netops, password: ${ROUTER_PASSWORD} }
                devices:
                """ + devices);
    }

    private static final String TWO_DEVICES = """
              - { name: edge-01, host: 192.0.2.10, platform: cisco_ios, credential: core-ro, group: core }
              - { name: edge-02, host: 192.0.2.11, platform: juniper_junos, credential: core-ro }
            """;

    private Path policy() throws IOException {
        return write(dir, "policy.yaml", """
                rules:
                  - { platform: cisco_ios, versions: ["17.9.*"] }
                  - { platform: juniper_junos, group: core, versions: [">= 23.2R1"] }
                """);
    }

    private Path settings(String text) throws IOException {
        return write(dir, "application.properties", text);
    }

    private static final String HOOKS = """
            # The NOC's receiver, signed.
            driftwatch.hooks.noc.type=webhook
            driftwatch.hooks.noc.url=https://noc.example.net/driftwatch
            driftwatch.hooks.noc.secret=${NOC_HOOK_SECRET}
            driftwatch.hooks.ticket.type=exec
            driftwatch.hooks.ticket.command=/usr/local/bin/open-ticket --queue "network ops"
            driftwatch.hooks.ticket.timeout=30s
            driftwatch.sweep.cron=0 */15 * * * ?
            quarkus.http.port=8081
            """;

    @Test
    void aValidSetIsOkWithASummary() throws IOException {
        Path inventory = inventory(TWO_DEVICES);
        Path policy = policy();
        Path config = settings(HOOKS);

        int exit = check("--inventory", inventory.toString(), "--policy", policy.toString(), "--config",
                config.toString());

        assertEquals(0, exit, printed());
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("2 device(s), 1 credential(s)"), summary);
        assertTrue(summary.contains("2 rule(s)"), summary);
        assertTrue(summary.contains("2 hook(s)"), summary);
        assertTrue(summary.strip().endsWith("OK"), summary);
        assertFalse(printed().contains(ROUTER_PASSWORD) || printed().contains(HOOK_SECRET), printed());
    }

    @Test
    void thePathsComeFromTheSettingsWhenNotGiven() throws IOException {
        Path inventory = inventory(TWO_DEVICES);
        policy();
        Path config = settings("driftwatch.inventory.path=" + inventory.toString().replace("\\", "/") + "\n");

        assertEquals(0, check("--config=" + config), printed());
        // The policy beside the inventory, as the daemon looks for it.
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 rule(s)"), printed());
    }

    @Test
    void aBadInventoryLineIsNamedByFileLineAndField() throws IOException {
        Path inventory = inventory(TWO_DEVICES + """
                  - { name: edge-03, host: 192.0.2.12, platform: cisco_iso, credential: core-ro }
                """);

        assertEquals(1, check("--inventory", inventory.toString(), "--policy", policy().toString()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(inventory + ":6: "), errors);
        assertTrue(errors.contains("platform") && errors.contains("cisco_iso"), errors);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("OK"), printed());
    }

    @Test
    void aBadPolicyFails() throws IOException {
        Path policy = write(dir, "policy.yaml", """
                rules:
                  - { platform: cisco_ios, versions: ["17.9.*"] }
                  - { platform: cisco_ios, verisons: ["17.12.4"] }
                """);

        assertEquals(1, check("--inventory", inventory(TWO_DEVICES).toString(), "--policy", policy.toString()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(policy + ":3: rule #2") && errors.contains("verisons"), errors);
    }

    @Test
    void aPolicyNamedButMissingFails() throws IOException {
        Path missing = dir.resolve("polcy.yaml");

        assertEquals(1, check("--inventory", inventory(TWO_DEVICES).toString(), "--policy", missing.toString()));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing + ": no such file"), printed());
    }

    @Test
    void aBadHookUrlFailsWithItsLine() throws IOException {
        Path config = settings(HOOKS.replace("https://noc.example.net/driftwatch", "noc.example.net/driftwatch"));

        assertEquals(1, check("--inventory", inventory(TWO_DEVICES).toString(), "--config", config.toString()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(config + ":3: driftwatch.hooks.noc.url: 'noc.example.net/driftwatch' is not"),
                errors);
    }

    @Test
    void aMisspeltOrMistypedSettingFails() throws IOException {
        Path config = settings(HOOKS + "driftwatch.hooks.noc.secrte=x\ndriftwatch.ssh.device-deadline=soon\n"
                + "driftwatch.hooks.noc.events=REBOTED\n");

        assertEquals(1, check("--inventory", inventory(TWO_DEVICES).toString(), "--config", config.toString()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("driftwatch.hooks.noc.secrte"), errors);
        assertTrue(errors.contains("driftwatch.ssh.device-deadline"), errors);
        // The hooks are checked even while another setting is wrong.
        assertTrue(errors.contains(config + ":12: driftwatch.hooks.noc.events: 'REBOTED' is not a drift kind"),
                errors);
    }

    @Test
    void anUnsetSecretIsNamedAndNoValueIsPrinted() throws IOException {
        Path inventory = inventory(TWO_DEVICES);
        Path config = settings(HOOKS + "driftwatch.hooks.itsm.type=webhook\n"
                + "driftwatch.hooks.itsm.url=https://itsm.example.net/events\n"
                + "driftwatch.hooks.itsm.headers.Authorization=Bearer ${ITSM_TOKEN}\n");

        int exit = check(Map.of("NOC_HOOK_SECRET", HOOK_SECRET), "--inventory", inventory.toString(), "--config",
                config.toString());

        assertEquals(1, exit, printed());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("ROUTER_PASSWORD") && errors.contains(inventory + ":2:"), errors);
        assertTrue(errors.contains(config + ":12: driftwatch.hooks.itsm.headers.Authorization: ${ITSM_TOKEN} is"
                + " not set"), errors);
        assertFalse(printed().contains(HOOK_SECRET), printed());
    }

    @Test
    void aSecretInAProblemIsShownAsItsReference() throws IOException {
        Path config = settings(HOOKS + "driftwatch.hooks.chat.type=slack\ndriftwatch.hooks.chat.url=${CHAT_URL}\n");
        String url = "hooks.slack.example/services/T0/B0/token-3f1e";

        int exit = check(Map.of("ROUTER_PASSWORD", ROUTER_PASSWORD, "NOC_HOOK_SECRET", HOOK_SECRET, "CHAT_URL", url),
                "--inventory", inventory(TWO_DEVICES).toString(), "--config", config.toString());

        assertEquals(1, exit, printed());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("driftwatch.hooks.chat.url: '${CHAT_URL}' is not"), errors);
        assertFalse(printed().contains("token-3f1e"), printed());
    }

    @Test
    void profilesAreThoseOfTheDaemon() throws IOException {
        Path inventory = inventory(TWO_DEVICES);
        Path config = settings(HOOKS + "%lab.driftwatch.hooks.noc.url=not a url\n"
                + "%prod.driftwatch.hooks.ticket.type=pager\n");

        assertEquals(1, check("--inventory", inventory.toString(), "--config", config.toString()));
        String prod = err.toString(StandardCharsets.UTF_8);
        assertTrue(prod.contains("driftwatch.hooks.ticket.type: 'pager'") && !prod.contains("not a url"), prod);

        err.reset();
        assertEquals(1, check("--inventory", inventory.toString(), "--config", config.toString(), "--profile",
                "lab"));
        String lab = err.toString(StandardCharsets.UTF_8);
        assertTrue(lab.contains("driftwatch.hooks.noc.url: 'not a url'") && !lab.contains("pager"), lab);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, check("--inventroy", "x.yaml"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: check"), printed());
        assertEquals(2, check("--inventory"));
        assertEquals(2, check("--inventory", "--policy", "p.yaml"));
        assertEquals(2, check("inventory.yaml"));
    }
}
