package io.driftwatch.inventory;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.OptionalFeature;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.signature.BuiltinSignatures;

/**
 * The SSH wire names a group may add, per kind: what the SSH client implements and this JVM supports, so a typo or
 * an algorithm the JVM lacks is an inventory error instead of a failed poll.
 */
enum SshAlgorithmNames {
    KEX("kex", "key exchange", names(BuiltinDHFactories.VALUES.stream())),
    CIPHERS("ciphers", "cipher", names(BuiltinCiphers.VALUES.stream().filter(c -> c != BuiltinCiphers.none))),
    MACS("macs", "MAC", names(BuiltinMacs.VALUES.stream())),
    HOST_KEY_ALGORITHMS("host-key-algorithms", "host key algorithm", names(BuiltinSignatures.VALUES.stream()));

    final String key;
    final String noun;
    final Set<String> supported;

    SshAlgorithmNames(String key, String noun, Set<String> supported) {
        this.key = key;
        this.noun = noun;
        this.supported = supported;
    }

    private static <T extends NamedResource & OptionalFeature> Set<String> names(Stream<T> algorithms) {
        return algorithms.filter(OptionalFeature::isSupported).map(NamedResource::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
