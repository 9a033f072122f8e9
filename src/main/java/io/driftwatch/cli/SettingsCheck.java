package io.driftwatch.cli;

import io.driftwatch.alerting.AlertingConfig;
import io.driftwatch.alerting.HookConfigException;
import io.driftwatch.alerting.HookValidator;
import io.driftwatch.alerting.HooksConfig;
import io.driftwatch.cluster.ClusterConfig;
import io.driftwatch.dashboard.WebConfig;
import io.driftwatch.drift.DriftConfig;
import io.driftwatch.drift.PolicyConfig;
import io.driftwatch.health.HealthConfig;
import io.driftwatch.history.HistoryConfig;
import io.driftwatch.inventory.InventoryConfig;
import io.driftwatch.inventory.NetboxConfig;
import io.driftwatch.lab.LabConfig;
import io.driftwatch.metrics.MetricsConfig;
import io.driftwatch.polling.SshConfig;
import io.driftwatch.polling.SweepConfig;
import io.driftwatch.security.LoginThrottleConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.common.expression.Expression;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.Expressions;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.utils.StringUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings of one properties file, checked as the daemon checks them when it starts: every {@code driftwatch.*}
 * key against its {@code @ConfigMapping} (types, misspelt keys), the hooks with {@link HookValidator}, and every
 * {@code ${...}} reference resolved from the file or the environment. The file is read with SmallRye Config, as
 * Quarkus reads {@code application.properties}, so profiles, expressions and line numbers mean what they mean to the
 * daemon. Nothing is started and nothing is contacted.
 */
final class SettingsCheck {

    /** Every {@code @ConfigMapping} of the daemon; {@code SettingsCheckTest} keeps the list complete. */
    static final List<Class<?>> MAPPINGS = List.of(AlertingConfig.class, HooksConfig.class, ClusterConfig.class,
            WebConfig.class, DriftConfig.class, PolicyConfig.class, HealthConfig.class, HistoryConfig.class,
            InventoryConfig.class, LabConfig.class, MetricsConfig.class, SshConfig.class, SweepConfig.class,
            LoginThrottleConfig.class, NetboxConfig.class);

    /** The profile the daemon runs with unless told otherwise, as {@code java -jar} does. */
    static final String DEFAULT_PROFILE = "prod";

    /** Quarkus's own reading of {@code ${...}} (ExpressionConfigSourceInterceptor), so a reference means the same. */
    private static final Expression.Flag[] EXPRESSION_FLAGS = {Expression.Flag.LENIENT_SYNTAX,
            Expression.Flag.NO_TRIM, Expression.Flag.NO_SMART_BRACES, Expression.Flag.DOUBLE_COLON};
    private static final int FILE_ORDINAL = 250;
    private static final int ENVIRONMENT_ORDINAL = 300;
    private static final int UNSET_ORDINAL = 400;

    /**
     * @param problems one line each, {@code file:line: key: reason}; no secret value in any
     * @param values   the file's {@code driftwatch.*} settings whose references resolve, by key
     * @param hooks    how many hooks the file configures, when they are valid
     */
    record Result(List<String> problems, Map<String, String> values, int hooks) {
    }

    private final Path file;
    private final String profile;
    private final Map<String, String> environment;

    SettingsCheck(Path file, String profile, Map<String, String> environment) {
        this.file = file;
        this.profile = profile;
        this.environment = Map.copyOf(environment);
    }

    Result run() {
        if (!Files.isRegularFile(file)) {
            return new Result(List.of(file + ": no such file"), Map.of(), 0);
        }
        PropertiesConfigSource source;
        try {
            source = new PropertiesConfigSource(file.toUri().toURL(), FILE_ORDINAL);
        } catch (IOException e) {
            return new Result(List.of(file + ": cannot read (" + e.getClass().getSimpleName() + ")"), Map.of(), 0);
        }
        SmallRyeConfig read = builder(source, Map.of()).build();
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        Set<String> unresolved = new TreeSet<>();
        Map<String, String> redactions = new HashMap<>();
        for (String name : namesFrom(read, source)) {
            ConfigValue raw = Expressions.withoutExpansion(() -> read.getConfigValue(name));
            List<String> missing = missingReferences(read, raw.getRawValue(), redactions);
            if (!missing.isEmpty()) {
                unresolved.add(name);
                for (String reference : missing) {
                    problems.add(where(raw) + name + ": ${" + reference + "} is not set: no such key in the file"
                            + " and no environment variable " + environmentName(reference));
                }
            } else {
                try {
                    String value = read.getConfigValue(name).getValue();
                    if (value != null && !value.equals(raw.getRawValue())) {
                        redactions.put(value, raw.getRawValue());
                    }
                    if (name.startsWith("driftwatch.")) {
                        values.put(name, value == null ? "" : value);
                    }
                } catch (NoSuchElementException e) {
                    // A reference to a key of the file whose own reference is unset: that key's line says which.
                    unresolved.add(name);
                }
            }
        }
        List<String> validation = new ArrayList<>();
        Map<String, String> leftOut = blanks(unresolved);
        try {
            SmallRyeConfigBuilder all = builder(source, leftOut);
            MAPPINGS.forEach(all::withMapping);
            all.build();
        } catch (ConfigValidationException e) {
            for (int i = 0; i < e.getProblemCount(); i++) {
                validation.add(file + ": " + e.getProblem(i).getMessage());
            }
        }
        int hooks = checkHooks(source, leftOut, unresolved, read, validation);
        validation.stream().map(line -> redact(line, redactions)).forEach(problems::add);
        return new Result(List.copyOf(problems), Map.copyOf(values), hooks);
    }

    /**
     * Empty values for the keys whose reference is unset, which to SmallRye means no value: each is reported once,
     * as unset, and not again as missing or malformed. The profiled key too, or the file's own profiled value would
     * win.
     */
    private Map<String, String> blanks(Set<String> unresolved) {
        Map<String, String> blanks = new HashMap<>();
        for (String name : unresolved) {
            blanks.put(name, "");
            blanks.put("%" + profile + "." + name, "");
        }
        return blanks;
    }

    /**
     * The hooks alone, so their problems show even while another setting is wrong; a problem SmallRye finds in them
     * was reported with the rest.
     *
     * @return how many hooks are configured, 0 when any is wrong
     */
    private int checkHooks(PropertiesConfigSource source, Map<String, String> leftOut, Set<String> unresolved,
            SmallRyeConfig read, List<String> problems) {
        HooksConfig hooks;
        try {
            hooks = builder(source, leftOut).withMapping(HooksConfig.class).withValidateUnknown(false).build()
                    .getConfigMapping(HooksConfig.class);
        } catch (ConfigValidationException e) {
            return 0;
        }
        try {
            return HookValidator.validate(hooks).size();
        } catch (HookConfigException e) {
            for (HookConfigException.Problem problem : e.keyedProblems()) {
                if (!unresolved.contains(problem.key())) {
                    ConfigValue value = Expressions.withoutExpansion(() -> read.getConfigValue(problem.key()));
                    problems.add(where(value) + problem);
                }
            }
            return 0;
        }
    }

    private SmallRyeConfigBuilder builder(PropertiesConfigSource source, Map<String, String> overrides) {
        return new SmallRyeConfigBuilder().withSources(source)
                .withSources(new PropertiesConfigSource(overrides, file.toString(), UNSET_ORDINAL))
                .withSources(new EnvConfigSource(environment, ENVIRONMENT_ORDINAL))
                .withProfile(profile).addDefaultInterceptors()
                // The grammar of the daemon's durations (10s, 5m), which Quarkus adds to SmallRye's own.
                .withConverter(Duration.class, 200, new DurationConverter());
    }

    /** The file's keys as the profile sees them: the profile's own replace the plain ones, other profiles' are out. */
    private static List<String> namesFrom(SmallRyeConfig config, PropertiesConfigSource source) {
        List<String> names = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("%")) {
                continue;
            }
            ConfigValue value = Expressions.withoutExpansion(() -> config.getConfigValue(name));
            if (source.getName().equals(value.getSourceName())) {
                names.add(name);
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /**
     * The references in a raw value that neither the file nor the environment sets and that have no default. Each
     * one that resolves is remembered in {@code redactions}, so no message shows its value.
     */
    private static List<String> missingReferences(SmallRyeConfig config, String raw, Map<String, String> redactions) {
        if (raw == null || !raw.contains("${")) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        Expression.compile(raw, EXPRESSION_FLAGS).evaluate((context, builder) -> {
            String key = context.getKey();
            String value = Expressions.withoutExpansion(() -> config.getConfigValue(key)).getValue();
            if (value != null && !value.isEmpty()) {
                redactions.put(value, "${" + key + "}");
                builder.append(value);
            } else if (context.hasDefault()) {
                context.expandDefault();
            } else {
                missing.add(key);
            }
        });
        return missing;
    }

    /** The environment variable SmallRye reads for a key: itself, or in capitals with {@code _} for the rest. */
    private static String environmentName(String key) {
        return StringUtil.replaceNonAlphanumericByUnderscores(key).toUpperCase(Locale.ROOT);
    }

    /** {@code file:line: }, or {@code file: } when SmallRye does not know the line. */
    private String where(ConfigValue value) {
        return file + (value != null && value.getLineNumber() > 0 ? ":" + value.getLineNumber() : "") + ": ";
    }

    /** Each resolved value in a message shown as the reference it came from, longest first. */
    private static String redact(String line, Map<String, String> redactions) {
        Map<String, String> longestFirst = new LinkedHashMap<>();
        redactions.entrySet().stream().filter(e -> !e.getKey().isBlank())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
        String redacted = line;
        for (Map.Entry<String, String> secret : longestFirst.entrySet()) {
            redacted = redacted.replace(secret.getKey(), secret.getValue());
        }
        return redacted;
    }
}
