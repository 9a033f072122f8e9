package io.driftwatch.versions;

import java.util.Comparator;
import java.util.Optional;

/**
 * A family that reads versions into a structured key. A string the family cannot read sorts before every string it
 * can, and such strings order among themselves by the generic rule. Falling back per pair instead would make the
 * order intransitive (a &lt; b by key, b &lt; c and c &lt; a by the generic rule), which breaks sorting.
 */
abstract class FamilyOrder<K> implements VersionOrder {

    private final Comparator<K> keyOrder;

    FamilyOrder(Comparator<K> keyOrder) {
        this.keyOrder = keyOrder;
    }

    final Comparator<K> keyOrder() {
        return keyOrder;
    }

    /** The structured reading of {@code version}, or empty when it does not look like this family's numbering. */
    abstract Optional<K> read(String version);

    @Override
    public final int compare(String a, String b) {
        if (a == null || b == null) {
            return NullsFirst.compare(a, b);
        }
        Optional<K> x = safeRead(a);
        Optional<K> y = safeRead(b);
        if (x.isPresent() && y.isPresent()) {
            return keyOrder.compare(x.get(), y.get());
        }
        if (x.isEmpty() && y.isEmpty()) {
            return GenericOrder.INSTANCE.compare(a, b);
        }
        return x.isPresent() ? 1 : -1;
    }

    final Optional<K> safeRead(String version) {
        try {
            return read(version);
        } catch (RuntimeException e) {
            // Odd input must never break a sort; an unreadable string is handled like any other unreadable one.
            return Optional.empty();
        }
    }
}
