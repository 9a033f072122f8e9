package io.driftwatch.lab;

/**
 * FastIron / ICX {@code show version}, for Brocade and for Ruckus, which took the ICX line over and kept the output.
 * A standalone stackable switch prints its one unit the way a stack prints each: where the image was loaded from,
 * the "SW: Version" line, the "HW:" product line, a block per module with the unit's serial, and its uptime.
 */
final class FastironOutput {

    private static final String RULE = "==========================================================================\n";

    /** What differs between the vendors' lab switches: the copyright line, build date and the unit's CPU. */
    enum Brand {
        BROCADE("  Copyright (c) 1996-2016 Brocade Communications Systems, Inc. All rights reserved.\n",
                "May 19 2016 at 01:15:45", "  800 MHz ARM processor ARMv5TE, 400 MHz bus\n65536 KB flash memory\n"
                        + "  512 MB DRAM\n"),
        RUCKUS("  Copyright (c) Ruckus Networks, Inc. All rights reserved.\n",
                "Feb 19 2019 at 13:48:49", " 1000 MHz ARM processor ARMv7 88 MHz bus\n 8192 KB boot flash memory\n"
                        + " 2048 MB code flash memory\n 1024 MB DRAM\n");

        private final String copyright;
        private final String compiled;
        private final String hardware;

        Brand(String copyright, String compiled, String hardware) {
            this.copyright = copyright;
            this.compiled = compiled;
            this.hardware = hardware;
        }
    }

    private FastironOutput() {
    }

    static String render(LabFacts facts, Brand brand) {
        String model = facts.model();
        String product = model.startsWith("Stackable ") ? model.substring(10) : model;
        String image = facts.image();
        String label = image == null ? product
                : image.endsWith(".bin") ? image.substring(0, image.length() - 4) : image;
        StringBuilder out = new StringBuilder(1500).append(brand.copyright);
        out.append("    UNIT 1: compiled on ").append(brand.compiled).append(" labeled as ")
                .append(label).append('\n');
        out.append("      (28575972 bytes) from Primary");
        if (image != null) {
            out.append(' ').append(image);
        }
        out.append('\n');
        out.append("        SW: Version ").append(facts.version()).append('\n');
        out.append("      Compressed Primary Boot Code size = 786944, Version:10.1.15T225 (mnz10115)\n\n");
        out.append("  HW: ").append(model).append('\n');
        out.append(RULE);
        out.append("UNIT 1: SL 1: ").append(product).append(' ').append(LabText.portCount(product))
                .append("-port Management Module\n");
        out.append("      Serial  #:").append(facts.serial() == null ? "" : facts.serial()).append('\n');
        out.append("      Software Package: BASE_SOFT_PACKAGE\n");
        out.append(RULE);
        out.append("UNIT 1: SL 2: ICX-4X10GF 4-port 40G Module\n");
        out.append(RULE);
        out.append(brand.hardware);
        out.append("STACKID 1  system uptime is ").append(uptime(facts.uptimeSeconds())).append("\n\n");
        out.append("The system : started=cold start\n");
        out.append("My stack unit ID = 1, bootup role = active\n");
        return out.toString();
    }

    /**
     * The image a release boots from: the family prefix, the release without dots or build tag, ".bin".
     * "08.0.30hT311" on an ICX6450 is ICX64S08030h.bin.
     */
    static String image(String familyPrefix, String version) {
        StringBuilder name = new StringBuilder(familyPrefix.length() + version.length() + 4).append(familyPrefix);
        for (int i = 0; i < version.length() && version.charAt(i) != 'T'; i++) {
            if (version.charAt(i) != '.') {
                name.append(version.charAt(i));
            }
        }
        return name.append(".bin").toString();
    }

    /** "730 day(s) 11 hour(s) 11 second(s)": every unit in "(s)" form, zero units left out. */
    private static String uptime(long seconds) {
        long[] values = {seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60};
        String[] names = {" day(s)", " hour(s)", " minute(s)", " second(s)"};
        StringBuilder text = new StringBuilder(48);
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 || (i == values.length - 1 && text.length() == 0)) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(values[i]).append(names[i]);
            }
        }
        return text.toString();
    }
}
