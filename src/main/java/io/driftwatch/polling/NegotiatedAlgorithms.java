package io.driftwatch.polling;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.apache.sshd.common.kex.KexProposalOption;

/**
 * How many key exchanges agreed on each combination of algorithms, so an operator sees what the fleet negotiates
 * (README, "Metrics"). The names are always ones this client offered, so the combinations are few.
 */
@Singleton
public class NegotiatedAlgorithms {

    /** One key exchange's outcome; {@code mac} is unused when the cipher is an AEAD one (GCM, ChaCha20-Poly1305). */
    public record Combination(String kex, String hostKey, String cipher, String mac) {
    }

    private final ConcurrentMap<Combination, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile Consumer<Combination> firstSeen = combination -> {
    };

    void record(Map<KexProposalOption, String> negotiated) {
        Combination combination = new Combination(negotiated.get(KexProposalOption.ALGORITHMS),
                negotiated.get(KexProposalOption.SERVERKEYS), negotiated.get(KexProposalOption.S2CENC),
                negotiated.get(KexProposalOption.S2CMAC));
        LongAdder count = counts.get(combination);
        if (count == null) {
            LongAdder fresh = new LongAdder();
            count = counts.putIfAbsent(combination, fresh);
            if (count == null) {
                count = fresh;
                firstSeen.accept(combination);
            }
        }
        count.increment();
    }

    public long count(Combination combination) {
        LongAdder count = counts.get(combination);
        return count == null ? 0 : count.sum();
    }

    /** Calls {@code listener} for each combination seen so far, then for each new one as it first appears. */
    public void whenFirstSeen(Consumer<Combination> listener) {
        firstSeen = listener;
        List.copyOf(counts.keySet()).forEach(listener);
    }
}
