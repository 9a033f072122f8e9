package io.driftwatch.lab;

/** Small Business 300 {@code show version}: software, boot loader and hardware revision, nothing else. */
final class S300Output {

    private S300Output() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(200)
                .append("SW version    ").append(facts.version()).append(" ( date  12-Jan-2014 time  18:02:59 )\n")
                .append("Boot version    1.3.5.06 ( date  21-Jul-2013 time  15:12:10 )\n")
                .append("HW version    V02\n")
                .toString();
    }
}
