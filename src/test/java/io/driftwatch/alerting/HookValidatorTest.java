package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hook settings through the real config mapping, as at start-up. */
class HookValidatorTest {

    @Test
    void aGoodConfigurationBecomesHooksWithTheirDefaults() {
        List<Hook> hooks = validate(Map.of(
                "driftwatch.hooks.noc.type", "webhook",
                "driftwatch.hooks.noc.url", "https://noc.example.net/driftwatch",
                "driftwatch.hooks.noc.secret", "s3cret",
                "driftwatch.hooks.noc.events", "version_changed,HOST_KEY_CHANGED",
                "driftwatch.hooks.pager.type", "EXEC",
                "driftwatch.hooks.pager.command", "/usr/local/bin/page --team 'core network'",
                "driftwatch.hooks.pager.groups", "core,edge",
                "driftwatch.hooks.pager.digest", "true"));
        assertEquals(2, hooks.size());
        Hook noc = hooks.get(0);
        assertEquals("noc", noc.name());
        assertEquals(HookType.WEBHOOK, noc.type());
        assertEquals(URI.create("https://noc.example.net/driftwatch"), noc.url().orElseThrow());
        assertEquals(Set.of("VERSION_CHANGED", "HOST_KEY_CHANGED"), noc.events());
        assertEquals(Duration.ofSeconds(10), noc.timeout());
        assertEquals(Duration.ofSeconds(10), noc.retryInitialDelay());
        assertEquals(Duration.ofMinutes(10), noc.retryMaxDelay());
        assertEquals("https://noc.example.net", noc.target(), "no path: chat apps keep their token there");
        Hook pager = hooks.get(1);
        assertEquals(List.of("/usr/local/bin/page", "--team", "core network"), pager.command());
        assertTrue(pager.digest());
        assertTrue(pager.wants("VERSION_CHANGED", "core") && !pager.wants("VERSION_CHANGED", "lab"));
        assertTrue(validate(Map.of()).isEmpty());
    }

    @Test
    void everyMistakeIsReportedWithItsKey() {
        HookConfigException e = assertThrows(HookConfigException.class, () -> validate(Map.ofEntries(
                Map.entry("driftwatch.hooks.a.type", "webhok"),
                Map.entry("driftwatch.hooks.b.type", "webhook"),
                Map.entry("driftwatch.hooks.c.type", "exec"),
                Map.entry("driftwatch.hooks.d.type", "slack"),
                Map.entry("driftwatch.hooks.d.url", "https://hooks.slack.com/services/T/B/X"),
                Map.entry("driftwatch.hooks.d.events", "VERSION_CHANGED,REBOTED"),
                Map.entry("driftwatch.hooks.d.secret", "x"),
                Map.entry("driftwatch.hooks.e.type", "teams"),
                Map.entry("driftwatch.hooks.e.url", "ftp://example.net/"),
                Map.entry("driftwatch.hooks.g.url", "http://example.net/"),
                Map.entry("driftwatch.hooks.h.type", "exec"),
                Map.entry("driftwatch.hooks.h.command", "sh -c 'unclosed"),
                Map.entry("driftwatch.hooks.i.type", "webhook"),
                Map.entry("driftwatch.hooks.i.url", "http://example.net/"),
                Map.entry("driftwatch.hooks.i.retry-initial-delay", "5m"),
                Map.entry("driftwatch.hooks.i.retry-max-delay", "1m"))));
        List<String> problems = e.problems();
        assertHas(problems,
                "driftwatch.hooks.a.type: 'webhok' is not a hook type; use one of webhook, slack, teams, exec");
        assertHas(problems, "driftwatch.hooks.b.url: missing; a webhook hook needs the URL to POST to");
        assertHas(problems, "driftwatch.hooks.c.command: missing; an exec hook needs the command to run");
        assertHas(problems, "driftwatch.hooks.d.events: 'REBOTED' is not a drift kind; use any of VERSION_CHANGED");
        assertHas(problems, "driftwatch.hooks.d.secret: only a webhook hook signs its body");
        assertHas(problems, "driftwatch.hooks.e.url: 'ftp://example.net/' is not an http or https URL");
        assertHas(problems, "driftwatch.hooks.g.type: missing; use one of webhook, slack, teams, exec");
        assertHas(problems, "driftwatch.hooks.h.command: cannot be split into words: its single quote is not closed");
        assertHas(problems, "driftwatch.hooks.i.retry-max-delay: PT1M is shorter than retry-initial-delay PT5M");
        assertEquals(9, problems.size(), String.join("\n", problems));
        assertTrue(e.getMessage().startsWith("Invalid alert hook configuration:\n  - "));
    }

    @Test
    void anHttpHookMayGoThroughAProxyAndSendHeadersOfItsOwn() {
        Hook chat = validate(Map.of(
                "driftwatch.hooks.chat.type", "teams",
                "driftwatch.hooks.chat.url", "https://example.webhook.office.com/x",
                "driftwatch.hooks.chat.proxy", "http://proxy.corp.example:3128",
                "driftwatch.hooks.chat.headers.Authorization", "Bearer t0ken",
                "driftwatch.hooks.chat.headers.User-Agent", "noc-driftwatch")).get(0);
        assertEquals("proxy.corp.example", chat.proxy().orElseThrow().getHostString());
        assertEquals(3128, chat.proxy().orElseThrow().getPort());
        assertEquals("https://example.webhook.office.com via proxy.corp.example:3128", chat.target());
        assertEquals(Map.of("Authorization", "Bearer t0ken", "User-Agent", "noc-driftwatch"), chat.headers());
        assertTrue(!chat.toString().contains("t0ken"), "a hook never prints its headers: " + chat);
    }

    @Test
    void aWrongProxyOrHeaderIsNamedWithoutItsSecret() {
        HookConfigException e = assertThrows(HookConfigException.class, () -> validate(Map.ofEntries(
                Map.entry("driftwatch.hooks.a.type", "webhook"),
                Map.entry("driftwatch.hooks.a.url", "https://example.net/"),
                Map.entry("driftwatch.hooks.a.proxy", "http://proxyuser:pr0xy-pass@proxy:3128"),
                Map.entry("driftwatch.hooks.a.headers.Host", "example.org"),
                Map.entry("driftwatch.hooks.a.headers.X-Driftwatch-Signature", "forged"),
                Map.entry("driftwatch.hooks.a.headers.Content-Type", "text/plain"),
                Map.entry("driftwatch.hooks.a.headers.X-Token", "line\r\nInjected: yes"),
                Map.entry("driftwatch.hooks.b.type", "slack"),
                Map.entry("driftwatch.hooks.b.url", "https://hooks.slack.com/services/T/B/X"),
                Map.entry("driftwatch.hooks.b.proxy", "https://proxy:3128"),
                Map.entry("driftwatch.hooks.b.headers.\"Bad Name\"", "x"),
                Map.entry("driftwatch.hooks.c.type", "exec"),
                Map.entry("driftwatch.hooks.c.command", "true"),
                Map.entry("driftwatch.hooks.c.proxy", "http://proxy:3128"),
                Map.entry("driftwatch.hooks.c.headers.X-Token", "t"))));
        List<String> problems = e.problems();
        assertHas(problems, "driftwatch.hooks.a.proxy: proxy credentials are not supported");
        assertHas(problems, "driftwatch.hooks.a.headers.Host: Host is set by the HTTP connection itself");
        assertHas(problems, "driftwatch.hooks.a.headers.X-Driftwatch-Signature: X-Driftwatch-Signature is set by"
                + " Driftwatch");
        assertHas(problems, "driftwatch.hooks.a.headers.Content-Type: Content-Type is set by Driftwatch");
        assertHas(problems, "driftwatch.hooks.a.headers.X-Token: the value has a line break");
        assertHas(problems, "driftwatch.hooks.b.proxy: 'https://proxy:3128' is not http://host:port");
        assertHas(problems, "driftwatch.hooks.b.headers.Bad Name: 'Bad Name' is not an HTTP header name");
        assertHas(problems, "driftwatch.hooks.c.proxy: an exec hook sends nothing over HTTP");
        assertHas(problems, "driftwatch.hooks.c.headers: an exec hook sends nothing over HTTP");
        assertEquals(9, problems.size(), String.join("\n", problems));
        assertTrue(!e.getMessage().contains("pr0xy-pass") && !e.getMessage().contains("Injected"), e.getMessage());
    }

    @Test
    void aMisspeltKeyIsRefusedByTheConfigurationItself() {
        ConfigValidationException e = assertThrows(ConfigValidationException.class, () -> config(Map.of(
                "driftwatch.hooks.f.type", "webhook", "driftwatch.hooks.f.url", "http://example.net/",
                "driftwatch.hooks.f.secrte", "typo")));
        assertTrue(e.getMessage().contains("driftwatch.hooks.f.secrte"), e.getMessage());
    }

    @Test
    void aCommandIsSplitIntoWordsWithoutAShell() {
        assertEquals(List.of("sh", "-c", "echo \"$DRIFTWATCH_DEVICE\" >> /var/log/drift.log"),
                CommandLine.split("sh -c 'echo \"$DRIFTWATCH_DEVICE\" >> /var/log/drift.log'"));
        assertEquals(List.of("notify", "a b", "c\"d", "$HOME", "e f", ""),
                CommandLine.split("  notify \"a b\" \"c\\\"d\" $HOME e\\ f ''"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.split("trailing \\"));
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        Duration initial = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(10);
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, initial, max));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, initial, max));
        assertEquals(Duration.ofSeconds(320), Backoff.after(6, initial, max));
        assertEquals(max, Backoff.after(7, initial, max));
        assertEquals(max, Backoff.after(Integer.MAX_VALUE, initial, max));
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "no '" + start + "' in\n"
                + String.join("\n", problems));
    }

    private static List<Hook> validate(Map<String, String> properties) {
        return HookValidator.validate(config(properties).getConfigMapping(HooksConfig.class));
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(HooksConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }
}
