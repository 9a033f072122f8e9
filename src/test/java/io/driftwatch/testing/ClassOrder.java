package io.driftwatch.testing;

import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order of the test classes, for the ones whose outcome depends on what started before them. Quarkus's own
 * orderer still runs each application's classes together and starts the applications in the order of their first
 * class here: this is its secondary orderer ({@code junit.quarkus.orderer.secondary-orderer}, set in pom.xml).
 * <ol>
 * <li>By {@link Order}, none counting as {@link Order#DEFAULT}. Only the second start of a restart pair has one,
 * {@link #SECOND_START}: two application starts on one database, the second reading what the first left, so the
 * second must come after the first whatever their names.</li>
 * <li>Classes without a {@link TestProfile} first, so the application most tests share is the first start of the
 * test JVM: the EdDSA security provider stays registered with the first start's class loader, so only there do the
 * test routers' Ed25519 host keys work (restarted applications use JDK key types).</li>
 * <li>By name.</li>
 * </ol>
 */
public final class ClassOrder implements ClassOrderer {

    /** The second start of a restart pair: after every class without an order, its first start among them. */
    public static final int SECOND_START = Order.DEFAULT + 1;

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(ClassOrder::order)
                .thenComparing(ClassOrder::hasProfile)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }

    /** By name: each application's class loader has a copy of Quarkus's test annotations, unlike JUnit's. */
    private static boolean hasProfile(ClassDescriptor descriptor) {
        return Arrays.stream(descriptor.getTestClass().getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getName().equals(TestProfile.class.getName()));
    }
}
