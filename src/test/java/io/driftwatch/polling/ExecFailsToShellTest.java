package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Routers that accept the exec channel but will not run the command, each a real in-process SSH server: the poll
 * moves to the interactive shell by itself, the device remembers that it needs one, and forgets it when the
 * inventory's shell setting changes.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class ExecFailsToShellTest {

    /** Each router and a part of what its exec answer makes the device page say. */
    private static final Map<String, String> LEARNED = Map.of(
            "exec-unsupported", "exec answered '% exec not supported, use a shell' (exit status 1)",
            "exec-silent", "exec printed nothing",
            "exec-invalid", "exec answered '% Invalid input detected at '^' marker.'");
    private static final List<String> ROUTERS = List.copyOf(LEARNED.keySet());

    @Test
    void execThatFailsIsAskedThroughTheShellRememberedAndForgottenWhenTheShellSettingChanges() {
        // Whatever an earlier test left, the shell group first forgets anything learned under shell: false.
        FakeRouters.useOnly(ROUTERS, everyOneIn("shell"));
        Sweeps.runAndWait();
        for (String name : ROUTERS) {
            given().get("/api/devices/" + name).then()
                    .body("status", equalTo("OK"))
                    .body("pollMode", equalTo("SHELL"))
                    .body("shellLearned", nullValue());
        }

        Map<String, Integer> before = execRequests();
        FakeRouters.useOnly(ROUTERS);
        var sweep = Sweeps.runAndWait();

        assertEquals(ROUTERS.size(), sweep.getInt("ok"), sweep::prettify);
        assertEquals("COMPLETED", sweep.getString("state"));
        for (String name : ROUTERS) {
            given().get("/api/devices/" + name).then()
                    .body("status", equalTo("OK"))
                    .body("version", equalTo(FakeRouters.router(name).version()))
                    .body("pollMode", equalTo("SHELL"))
                    .body("shellLearned", equalTo(LEARNED.get(name)));
            assertEquals(before.get(name) + 1, FakeRouters.router(name).execRequests(),
                    name + " was asked over exec once, then through its shell");
        }
        given().get("/devices/exec-unsupported").then().statusCode(200)
                .body(containsString("Polled through</dt><dd>interactive shell (learned: exec answered"));

        // Later sweeps go straight to the shell: not one exec request more.
        before = execRequests();
        sweep = Sweeps.runAndWait();
        assertEquals(ROUTERS.size(), sweep.getInt("ok"), sweep::prettify);
        assertEquals(before, execRequests(), "a device known to need its shell is not asked over exec again");
        given().get("/api/devices/exec-invalid").then().body("shellLearned", equalTo(LEARNED.get("exec-invalid")));

        // The operator changing the shell setting is the operator's word: what was learned is forgotten.
        FakeRouters.useOnly(ROUTERS, everyOneIn("shell"));
        Sweeps.runAndWait();
        for (String name : ROUTERS) {
            given().get("/api/devices/" + name).then()
                    .body("status", equalTo("OK"))
                    .body("pollMode", equalTo("SHELL"))
                    .body("shellLearned", nullValue());
        }
        given().get("/devices/exec-silent").then().statusCode(200)
                .body(containsString("Polled through</dt><dd>interactive shell</dd>"));
        // Back to shell: false, exec is tried again (once) and the need for the shell learned again.
        before = execRequests();
        FakeRouters.useOnly(ROUTERS);
        Sweeps.runAndWait();
        for (String name : ROUTERS) {
            assertEquals(before.get(name) + 1, FakeRouters.router(name).execRequests(), name);
            given().get("/api/devices/" + name).then().body("shellLearned", equalTo(LEARNED.get(name)));
        }
    }

    @Test
    void routersWhoseExecWorksStayOnExec() {
        String fleet = FakeRouters.fleetRouterOf("cisco_ios");
        FakeRouters.useOnly(List.of(fleet, "garbage"));
        int fleetBefore = FakeRouters.router(fleet).execRequests();
        int garbageBefore = FakeRouters.router("garbage").execRequests();

        Sweeps.runAndWait();
        Sweeps.runAndWait();

        given().get("/api/devices/" + fleet).then()
                .body("status", equalTo("OK"))
                .body("pollMode", equalTo("EXEC"))
                .body("shellLearned", nullValue());
        assertEquals(fleetBefore + 2, FakeRouters.router(fleet).execRequests(), "one exec request per sweep");
        // Output no parser reads is an answer, not a refusal: it is not retried through a shell.
        given().get("/api/devices/garbage").then()
                .body("status", equalTo("PARSE_FAILED"))
                .body("pollMode", equalTo("EXEC"))
                .body("shellLearned", nullValue());
        assertEquals(garbageBefore + 2, FakeRouters.router("garbage").execRequests());
    }

    @Test
    void anAutodetectProbeAnsweredByFailureMovesToTheShell() {
        String name = "exec-unsupported";
        Map<String, String> autodetect = Map.of(name, "autodetect");
        FakeRouters.useOnly(List.of(name), everyOneIn("shell"), autodetect);
        Sweeps.runAndWait();
        int before = FakeRouters.router(name).execRequests();

        FakeRouters.useOnly(List.of(name), Map.of(), autodetect);
        var sweep = Sweeps.runAndWait();

        assertEquals(1, sweep.getInt("ok"), sweep::prettify);
        given().get("/api/devices/" + name).then()
                .body("status", equalTo("OK"))
                .body("platform", equalTo("autodetect"))
                .body("detectedPlatform", equalTo("cisco_ios"))
                .body("version", equalTo(FakeRouters.router(name).version()))
                .body("pollMode", equalTo("SHELL"))
                .body("shellLearned", equalTo(LEARNED.get(name)));
        int probed = FakeRouters.router(name).execRequests() - before;
        assertEquals(true, probed >= 1, "the probe tried exec first");

        before = FakeRouters.router(name).execRequests();
        Sweeps.runAndWait();
        given().get("/api/devices/" + name).then().body("status", equalTo("OK")).body("pollMode", equalTo("SHELL"));
        assertEquals(before, FakeRouters.router(name).execRequests(), "detected and known to need its shell");
    }

    private static Map<String, String> everyOneIn(String group) {
        return ROUTERS.stream().collect(Collectors.toMap(Function.identity(), n -> group));
    }

    private static Map<String, Integer> execRequests() {
        return ROUTERS.stream().collect(Collectors.toMap(Function.identity(),
                n -> FakeRouters.router(n).execRequests()));
    }
}
