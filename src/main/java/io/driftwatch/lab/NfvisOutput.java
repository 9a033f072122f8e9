package io.driftwatch.lab;

/** NFVIS {@code show version}: four lines naming the release and its build; no host, model or serial. */
final class NfvisOutput {

    private NfvisOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(200)
                .append("Cisco NFV Infrastructure Software\n")
                .append("Version ").append(facts.version()).append('\n')
                .append("Build date Thursday, September 15, 2022 [10:56:47 PDT]\n")
                .append("Last Reboot Wednesday, December 07 [18:17]\n")
                .toString();
    }
}
