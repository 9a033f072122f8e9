package io.driftwatch.lab;

/**
 * Edgecore (Accton) {@code show version}: a "Unit 1" hardware block with the serial, then the "Agent (Master)" block
 * whose "Operation Code Version" is the running release. Edgecore prints no model, hostname or image here.
 */
final class EdgecoreOutput {

    private EdgecoreOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        return new StringBuilder(700)
                .append("Unit 1\n")
                .append(" Serial Number:           ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append(" Hardware Version:        R01\n")
                .append(" Chip Device ID:          Marvell 98DX3236\n")
                .append(" EPLD Version:            0.01\n")
                .append(" Number of Ports:         ").append(LabText.portCount(facts.model())).append('\n')
                .append(" Main Power Status:       Up\n")
                .append(" Redundant Power Status:  Not present\n\n")
                .append("Agent (Master)\n")
                .append(" Unit ID:                 1\n")
                .append(" Loader Version:          1.0.0.4\n")
                .append(" Boot ROM Version:        1.0.1.3\n")
                .append(" Operation Code Version:  ").append(version).append('\n')
                .toString();
    }
}
