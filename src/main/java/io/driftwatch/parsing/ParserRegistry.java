package io.driftwatch.parsing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The parsers the product ships, by platform name. Plain Java so tools can use it without the container. */
public final class ParserRegistry {

    private final Map<String, VersionParser> byPlatform;

    public ParserRegistry(List<VersionParser> parsers) {
        Map<String, VersionParser> map = new TreeMap<>();
        for (VersionParser parser : parsers) {
            if (map.put(parser.platform(), parser) != null) {
                throw new IllegalArgumentException("two parsers for platform " + parser.platform());
            }
        }
        this.byPlatform = Collections.unmodifiableMap(map);
    }

    /** Every parser of the product. */
    public static ParserRegistry standard() {
        return new ParserRegistry(List.of(
                new AlliedTelesisAwplusParser(),
                new AristaEosParser(),
                new ArubaAoscxParser(),
                new ArubaOsParser(),
                new AvayaErsParser(),
                new AvayaVspParser(),
                new BroadcomIcosParser(),
                new BrocadeFastironParser(),
                new CheckpointGaiaParser(),
                new CienaSaosParser(),
                new CiscoAsaParser(),
                new CiscoFxosParser(),
                new CiscoIosParser(),
                new CiscoNvfisParser(),
                new CiscoNxosParser(),
                new CiscoS300Parser(),
                new CiscoWlcSshParser(),
                new CiscoXrParser(),
                new DellForce10Parser(),
                new EdgecoreParser(),
                new EricssonIposParser(),
                new FortinetParser(),
                new FsasSirParser(),
                new HpProcurveParser(),
                new HuaweiOntParser(),
                new HuaweiSmartaxParser(),
                new HuaweiVrpParser(),
                new JuniperJunosParser(),
                new MikrotikRouterosParser(),
                new OneaccessOneosParser(),
                new PaloAltoPanosParser(),
                new RuckusFastironParser(),
                new UbiquitiEdgerouterParser(),
                new UbiquitiEdgeswitchParser(),
                new ZteZxrosParser(),
                new ZyxelOsParser()));
    }

    public Optional<VersionParser> find(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    /** Supported platform names, sorted. */
    public Set<String> platforms() {
        return byPlatform.keySet();
    }
}
