package io.driftwatch.alerting;

import io.driftwatch.text.RouterText;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an exec hook's command: the message's JSON on stdin, its fields as {@code DRIFTWATCH_*} environment
 * variables, killed (with its children) when it outlives the hook's timeout. Exit status 0 is a delivery.
 */
@ApplicationScoped
class ExecSender {

    /** Only these of the daemon's own variables reach the command: the rest may hold its secrets. */
    static final List<String> PASSED_THROUGH = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR");
    private static final int STDERR_TAIL = 500;

    void send(Hook hook, Outgoing message) throws DeliveryException, InterruptedException {
        Path stdin = null;
        Path stderr = null;
        try {
            stdin = Files.createTempFile("driftwatch-hook-", ".json");
            stderr = Files.createTempFile("driftwatch-hook-", ".err");
            Files.write(stdin, WebhookBody.of(message));
            ProcessBuilder builder = new ProcessBuilder(hook.command())
                    .redirectInput(stdin.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile());
            Map<String, String> environment = builder.environment();
            Map<String, String> inherited = new LinkedHashMap<>(environment);
            environment.clear();
            PASSED_THROUGH.stream().filter(inherited::containsKey).forEach(k -> environment.put(k, inherited.get(k)));
            environment.putAll(variables(hook, message));
            Process process = start(builder, hook);
            boolean exited;
            try {
                exited = process.waitFor(hook.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                kill(process);
                throw e;
            }
            if (!exited) {
                kill(process);
                throw new DeliveryException("still running after " + hook.timeout() + "; killed" + tail(stderr));
            }
            if (process.exitValue() != 0) {
                throw new DeliveryException("exit status " + process.exitValue() + tail(stderr));
            }
        } catch (IOException e) {
            throw new DeliveryException("cannot pass the event to the command: " + e.getMessage());
        } finally {
            delete(stdin);
            delete(stderr);
        }
    }

    private static Process start(ProcessBuilder builder, Hook hook) throws DeliveryException {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new DeliveryException("cannot run " + hook.command().get(0) + ": " + e.getMessage());
        }
    }

    /** The variables a command gets; every one is set, empty when the message has no such field. */
    static Map<String, String> variables(Hook hook, Outgoing message) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("DRIFTWATCH_HOOK", hook.name());
        variables.put("DRIFTWATCH_EVENT_ID", message.messageId());
        variables.put("DRIFTWATCH_ATTEMPT", Integer.toString(message.attempt()));
        EventMessage event = message.event();
        if (event != null) {
            variables.put("DRIFTWATCH_TYPE", "event");
            variables.put("DRIFTWATCH_KIND", event.kind());
            variables.put("DRIFTWATCH_DEVICE", event.device());
            variables.put("DRIFTWATCH_GROUP", text(event.group()));
            variables.put("DRIFTWATCH_HOST", text(event.host()));
            variables.put("DRIFTWATCH_PLATFORM", text(event.platform()));
            variables.put("DRIFTWATCH_FROM", text(event.from()));
            variables.put("DRIFTWATCH_TO", text(event.to()));
            variables.put("DRIFTWATCH_DIRECTION", text(event.direction()));
            variables.put("DRIFTWATCH_EVIDENCE", text(event.evidence()));
            variables.put("DRIFTWATCH_SWEEP_ID", event.sweepId() == null ? "" : event.sweepId().toString());
            variables.put("DRIFTWATCH_OCCURRED_AT", event.occurredAt().toString());
            variables.put("DRIFTWATCH_LINK", event.link());
        } else {
            DigestMessage digest = message.digest();
            variables.put("DRIFTWATCH_TYPE", "digest");
            variables.put("DRIFTWATCH_SWEEP_ID", Long.toString(digest.sweepId()));
            variables.put("DRIFTWATCH_COUNT", Integer.toString(digest.events().size()));
            variables.put("DRIFTWATCH_SUMMARY", digest.summary());
            variables.put("DRIFTWATCH_LINK", digest.link());
        }
        // The values quote routers (versions, evidence, reasons). Stored text is cleaned already; this holds even for
        // text stored before that: a NUL makes the process fail to start, and every retry with it.
        variables.replaceAll((name, value) -> RouterText.withoutControls(value));
        return variables;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(Path stderr) {
        try {
            String text = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL));
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file is harmless; the next boot's tmp cleaning takes it.
            }
        }
    }
}
