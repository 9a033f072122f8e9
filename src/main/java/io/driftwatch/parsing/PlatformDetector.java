package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which platform produced a version command's output, for devices the inventory lists as {@code autodetect}.
 * A platform is a candidate when its command is the one that was run and its signature (the vendor's banner or the
 * line its parser keys on) is in the output; a candidate is confirmed when its own parser then reads the output.
 * Plain Java so the whole corpus of real outputs can check it without a router.
 */
public final class PlatformDetector {

    /** Asked first: most vendors answer it, so most devices are found with one command. */
    public static final String FIRST_COMMAND = "show version";

    /**
     * Per platform: any one of {@code anyOf} marks the output as the platform's, unless one of {@code unless} is
     * there too. The patterns come from the parsers' own recognisers, plus vendor banners where the recogniser's
     * line is shared with another platform on the same command.
     */
    private record Signature(String platform, List<Pattern> anyOf, List<Pattern> unless) {

        boolean matches(String output) {
            return anyOf.stream().anyMatch(p -> p.matcher(output).find())
                    && unless.stream().noneMatch(p -> p.matcher(output).find());
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            // show version
            signature("arista_eos", any("^[ \\t]*+Arista[ \\t]++\\S", "Software image version:")),
            signature("aruba_os", any("Image stamp:", "ArubaOS[ \\t]*+\\(MODEL:", "Aruba Operating System Software")),
            signature("broadcom_icos", any("^[ \\t]*+System Description\\.{3,}+"), any("EdgeSwitch")),
            signature("ubiquiti_edgeswitch",
                    any("^[ \\t]*+(?:System Description|Machine Type)\\.{3,}+[ \\t]*+EdgeSwitch")),
            signature("brocade_fastiron", any("Brocade Communications", "Foundry Networks"), any("Ruckus")),
            signature("ruckus_fastiron", any("Ruckus (?:Networks|Wireless)", "CommScope")),
            signature("cisco_asa", any("Cisco Adaptive Security Appliance Software")),
            signature("cisco_ios", any("Cisco IOS Software", "Cisco IOS[ -]XE Software", "IOS \\(tm\\)",
                    "Cisco Internetwork Operating System Software")),
            signature("cisco_nvfis", any("Cisco NFV Infrastructure Software", "\\bNFVIS\\b")),
            signature("cisco_nxos", any("Cisco Nexus Operating System", "\\bNX-OS\\b",
                    "^[ \\t]*+NXOS:[ \\t]++version")),
            signature("cisco_s300", any("^[ \\t]*+SW version[ \\t]++\\S", "^[ \\t]*+Unit[ \\t]++SW version\\b")),
            signature("cisco_xr", any("Cisco IOS XR Software")),
            signature("dell_force10", any("Application Software Version:", "Dell Real Time Operating System",
                    "Force10 Operating System")),
            signature("edgecore", any("^[ \\t]*+Operation Code Version:")),
            signature("ericsson_ipos", any("Ericsson[ \\t]++IPOS[ \\t]++Version")),
            signature("juniper_junos", any("JUNOS", "^[ \\t]*+Junos:")),
            signature("ubiquiti_edgerouter", any("^[ \\t]*+Build ID:", "Ubiquiti Networks", "EdgeRouter")),
            signature("zte_zxros", any("^[ \\t]*+ZTE\\b.*\\bSoftware,[ \\t]*+Version:", "ZTE Corporation")),
            // display version
            signature("huawei_vrp", any("Versatile Routing Platform", "VRP \\(R\\) software")),
            signature("huawei_smartax", any("^[ \\t]*+VERSION[ \\t]*+:[ \\t]*+\\S"),
                    any("Versatile Routing Platform")),
            signature("huawei_ont", any("^[ \\t]*+main[ \\t]++software[ \\t]++version[ \\t]*+[=:]",
                    "^[ \\t]*+MainVersion[ \\t]*+[=:]")),
            // show system
            signature("allied_telesis_awplus", any("^[ \\t]*+Current software[ \\t]*+:", "^System Status\\b",
                    "^[ \\t]*+Software version[ \\t]*+:")),
            signature("aruba_aoscx", any("ArubaOS-CX")),
            signature("hp_procurve", any("Status and Counters - General System Information",
                    "^[ \\t]*+Software revision[ \\t]*+:")),
            // commands only one platform uses
            signature("avaya_ers", any("^[ \\t]*+Operational Software:", "^[ \\t]*+sysDescr:")),
            signature("avaya_vsp", any("\\(Primary Release\\)")),
            signature("checkpoint_gaia", any("Check Point Gaia", "^[ \\t]*+Product version\\s")),
            signature("ciena_saos", any("Running[ \\t]++Package[ \\t]*+:")),
            signature("cisco_fxos", any("^[ \\t]*+Startup-Vers:", "^[ \\t]*+Version:[ \\t]*+\\S")),
            signature("cisco_wlc_ssh", any("^[ \\t]*+Product Version\\.{2,}+", "Cisco Controller")),
            signature("fortinet", any("^[ \\t]*+Version:[ \\t]*+Forti", "FortiOS")),
            signature("fsas_sir", any("^[ \\t]*+Firm[ \\t]++Ver\\.", "\\bSi-R\\b")),
            signature("mikrotik_routeros", any("^[ \\t]*+board-name:", "^[ \\t]*+build-time:", "RouterOS")),
            signature("oneaccess_oneos",
                    any("OneOS", "^[ \\t]*+System[ \\t]++Information[ \\t]++for[ \\t]++device\\b")),
            signature("paloalto_panos", any("^[ \\t]*+sw-version:")),
            signature("zyxel_os", any("^[ \\t]*+Firmware[ \\t]++Version[ \\t]*+:", "ZyXEL|Zyxel")));

    private final ParserRegistry parsers;
    private final Map<String, Signature> signatures = new LinkedHashMap<>();

    public PlatformDetector(ParserRegistry parsers) {
        this.parsers = parsers;
        for (Signature signature : SIGNATURES) {
            if (parsers.find(signature.platform()).isPresent()) {
                signatures.put(signature.platform(), signature);
            }
        }
    }

    /** Every distinct version command of the registry, {@value #FIRST_COMMAND} first, then in platform order. */
    public List<String> probeCommands() {
        Set<String> commands = new LinkedHashSet<>();
        if (parsers.platforms().stream().anyMatch(p -> commandOf(p).equals(FIRST_COMMAND))) {
            commands.add(FIRST_COMMAND);
        }
        parsers.platforms().forEach(p -> commands.add(commandOf(p)));
        return List.copyOf(commands);
    }

    /** Platforms whose command is {@code command} and whose signature is in the output, in platform order. */
    public List<String> candidates(String command, String output) {
        if (output == null || output.isBlank()) {
            return List.of();
        }
        String text = OutputText.capped(output);
        List<String> found = new ArrayList<>();
        for (String platform : parsers.platforms()) {
            Signature signature = signatures.get(platform);
            if (signature != null && commandOf(platform).equals(command) && signature.matches(text)) {
                found.add(platform);
            }
        }
        return found;
    }

    /** The candidates for this output, each confirmed or not by its own parser. */
    public Detection detect(String command, String output) {
        List<String> candidates = candidates(command, output);
        Map<String, ParsedVersion> confirmed = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (String platform : candidates) {
            try {
                confirmed.put(platform, parsers.find(platform).orElseThrow().parse(output));
            } catch (OutputParseException e) {
                rejected.put(platform, e.getMessage());
            }
        }
        return new Detection(command, candidates, confirmed, rejected);
    }

    /**
     * Why {@code platform}'s parser failed on {@code output}, with the other platforms whose signature is in it: those
     * whose own parser reads the output when there are any, as that is the likelier answer, else every one whose
     * signature matched.
     */
    public ParseFailure explain(String platform, String output, OutputParseException failure) {
        if (output == null || output.isBlank()) {
            return new ParseFailure(platform, failure.getMessage(), List.of(), true);
        }
        String text = OutputText.capped(output);
        List<String> matched = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        for (String other : parsers.platforms()) {
            Signature signature = signatures.get(other);
            if (other.equals(platform) || signature == null || !signature.matches(text)) {
                continue;
            }
            matched.add(other);
            try {
                parsers.find(other).orElseThrow().parse(output);
                reading.add(other);
            } catch (OutputParseException e) {
                // Its signature alone still says what the output resembles.
            }
        }
        return new ParseFailure(platform, failure.getMessage(), reading.isEmpty() ? matched : reading, false);
    }

    private String commandOf(String platform) {
        return parsers.find(platform).orElseThrow().command();
    }

    /**
     * What one output says about the platform.
     *
     * @param candidates platforms whose signature matched
     * @param confirmed  the candidates whose parser read the output, with what it read
     * @param rejected   the candidates whose parser did not, with why
     */
    public record Detection(String command, List<String> candidates, Map<String, ParsedVersion> confirmed,
            Map<String, String> rejected) {

        public Detection {
            candidates = List.copyOf(candidates);
            confirmed = Collections.unmodifiableMap(new LinkedHashMap<>(confirmed));
            rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
        }

        /** The platform, when exactly one was confirmed; a tie is never settled by guessing. */
        public Optional<String> platform() {
            return confirmed.size() == 1 ? Optional.of(confirmed.keySet().iterator().next()) : Optional.empty();
        }

        /** Why no single platform was found, for a PARSE_FAILED reason; null when one was. */
        public String failure() {
            if (confirmed.size() > 1) {
                return "autodetection found several platforms for the output of '" + command + "': "
                        + String.join(", ", confirmed.keySet());
            }
            if (confirmed.isEmpty() && !rejected.isEmpty()) {
                StringBuilder why = new StringBuilder("autodetection found no platform: the output of '")
                        .append(command).append("' looks like ");
                rejected.forEach((platform, message) -> why.append(platform).append(" but its parser says: ")
                        .append(message).append("; "));
                return why.substring(0, why.length() - 2);
            }
            return confirmed.isEmpty() ? "autodetection found no platform matching the output of '" + command + "'"
                    : null;
        }
    }

    private static Signature signature(String platform, List<Pattern> anyOf) {
        return new Signature(platform, anyOf, List.of());
    }

    private static Signature signature(String platform, List<Pattern> anyOf, List<Pattern> unless) {
        return new Signature(platform, anyOf, unless);
    }

    private static List<Pattern> any(String... regexes) {
        List<Pattern> patterns = new ArrayList<>(regexes.length);
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex, Pattern.MULTILINE));
        }
        return List.copyOf(patterns);
    }
}
