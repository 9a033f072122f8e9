package io.driftwatch.cli;

import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyException;
import io.driftwatch.drift.PolicyLoader;
import io.driftwatch.files.SourceFileException;
import io.driftwatch.inventory.Inventory;
import io.driftwatch.inventory.InventoryConfig;
import io.driftwatch.inventory.InventoryLoader;
import io.driftwatch.parsing.ParserRegistry;
import io.smallrye.config.WithDefault;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check [--inventory F] [--policy F] [--config F] [--profile P]}: validates an inventory, a compliance policy
 * and the settings of a properties file as the daemon would read them, without starting it or contacting any router,
 * for a pipeline to run on a change before it lands. Prints every problem as {@code file:line: field: reason} and a
 * short summary when all is valid. Exit 0 when all is valid, 1 when not, 2 for a usage error. A secret is never
 * printed: an unset one is named by its reference.
 */
final class CheckCommand {

    private static final String USAGE = "usage: check [--inventory FILE] [--policy FILE] [--config FILE]"
            + " [--profile PROFILE]";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    CheckCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        List<String> problems = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        Map<String, String> settings = Map.of();
        String settingsLine = null;
        if (options.config() != null) {
            SettingsCheck.Result result = new SettingsCheck(options.config(), options.profile(), environment).run();
            problems.addAll(result.problems());
            settings = result.values();
            settingsLine = "settings " + options.config() + " (profile " + options.profile() + "): "
                    + result.hooks() + " hook(s)";
        }
        Set<String> platforms = ParserRegistry.standard().platforms();
        Path inventoryFile = options.inventory() != null ? options.inventory()
                : Path.of(settings.getOrDefault("driftwatch.inventory.path", defaultInventory()));
        String credentials = settings.get("driftwatch.inventory.credentials-path");
        try {
            Inventory inventory = new InventoryLoader(platforms, environment::get).load(inventoryFile,
                    credentials == null ? null : Path.of(credentials));
            summary.add("inventory " + inventoryFile + ": " + inventory.devices().size() + " device(s), "
                    + inventory.credentials().size() + " credential(s)");
        } catch (SourceFileException e) {
            problems.add(e.getMessage());
        }
        String configuredPolicy = settings.get("driftwatch.policy.path");
        Path policyFile = options.policy() != null ? options.policy()
                : configuredPolicy != null ? Path.of(configuredPolicy)
                : inventoryFile.resolveSibling(PolicyLoader.DEFAULT_FILE);
        if (options.policy() != null && !Files.exists(policyFile)) {
            // Named on the command line: a missing file is a typo, not a fleet without a policy.
            problems.add(policyFile + ": no such file");
        } else {
            try {
                Policy policy = new PolicyLoader(platforms).load(policyFile);
                summary.add(policy.exists() ? "policy " + policyFile + ": " + policy.rules().size() + " rule(s)"
                        : "policy: none at " + policyFile + ", so every device would be NO_POLICY");
            } catch (PolicyException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + " problem(s); nothing was started or contacted");
            return 1;
        }
        summary.forEach(out::println);
        if (settingsLine != null) {
            out.println(settingsLine);
        }
        out.println("OK");
        return 0;
    }

    /** The inventory the daemon reads when no setting names one: the default its mapping declares. */
    private static String defaultInventory() {
        try {
            return InventoryConfig.class.getMethod("path").getAnnotation(WithDefault.class).value();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("InventoryConfig has a path()", e);
        }
    }

    /** The command line; null for an option not given. */
    record Options(Path inventory, Path policy, Path config, String profile) {

        static Options parse(String[] args) {
            Path inventory = null;
            Path policy = null;
            Path config = null;
            String profile = SettingsCheck.DEFAULT_PROFILE;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                String value;
                int equals = option.indexOf('=');
                if (option.startsWith("--") && equals > 0) {
                    value = option.substring(equals + 1);
                    option = option.substring(0, equals);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    value = null;
                }
                switch (option) {
                    case "--inventory" -> inventory = Path.of(required(option, value));
                    case "--policy" -> policy = Path.of(required(option, value));
                    case "--config" -> config = Path.of(required(option, value));
                    case "--profile" -> profile = required(option, value);
                    default -> throw new IllegalArgumentException(option.startsWith("-") ? "unknown option " + option
                            : "unexpected argument " + option);
                }
            }
            return new Options(inventory, policy, config, profile);
        }

        private static String required(String option, String value) {
            if (value == null || value.isBlank() || value.startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
