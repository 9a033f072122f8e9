package io.driftwatch.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.impl.JBossSlf4jServiceProvider;

/** Loggers looked up once per name, over JBoss LogManager, whose levels still decide at each call. */
class CachingSlf4jProviderTest {

    @Test
    void aNameIsLookedUpOnceAndTheLevelIsStillReadAtEachCall() {
        CountingBinding binding = new CountingBinding();
        ILoggerFactory loggers = initialized(new CachingSlf4jProvider(binding, 100));
        String name = "io.driftwatch.logging.test.Cached";
        Logger logger = loggers.getLogger(name);
        assertSame(logger, loggers.getLogger(new String(name)), "the same name, asked again");
        assertEquals(1, binding.lookups.get(), "JBoss LogManager asked once");
        assertEquals(name + "Other", loggers.getLogger(name + "Other").getName());
        assertEquals(2, binding.lookups.get());

        org.jboss.logmanager.Logger settings = org.jboss.logmanager.Logger.getLogger(name);
        settings.setLevel(Level.FINE);
        assertTrue(logger.isDebugEnabled(), "DEBUG set after the lookup");
        settings.setLevel(Level.WARNING);
        assertFalse(logger.isInfoEnabled(), "WARN set after the lookup");
        assertTrue(logger.isWarnEnabled());
    }

    @Test
    void pastItsBoundNamesAreServedButNotKept() {
        CountingBinding binding = new CountingBinding();
        ILoggerFactory loggers = initialized(new CachingSlf4jProvider(binding, 2));
        loggers.getLogger("io.driftwatch.logging.test.A");
        loggers.getLogger("io.driftwatch.logging.test.B");
        assertEquals("io.driftwatch.logging.test.C", loggers.getLogger("io.driftwatch.logging.test.C").getName());
        assertEquals(3, binding.lookups.get());
        loggers.getLogger("io.driftwatch.logging.test.A");
        assertEquals(3, binding.lookups.get(), "kept within the bound");
        assertEquals("io.driftwatch.logging.test.C", loggers.getLogger("io.driftwatch.logging.test.C").getName());
        assertEquals(4, binding.lookups.get(), "looked up again past it");
    }

    @Test
    void theProviderWrapsTheBindingOnTheClassPath() {
        ILoggerFactory loggers = initialized(new CachingSlf4jProvider());
        assertEquals("org.slf4j.impl.Slf4jLogger", loggers.getLogger("io.driftwatch.logging.test.D").getClass()
                .getName());
    }

    @Test
    void installNamesItUnlessTheOperatorNamedAProvider() {
        String before = System.getProperty(CachingSlf4jProvider.SLF4J_PROVIDER);
        String verbosity = System.getProperty(CachingSlf4jProvider.SLF4J_VERBOSITY);
        try {
            System.clearProperty(CachingSlf4jProvider.SLF4J_PROVIDER);
            System.clearProperty(CachingSlf4jProvider.SLF4J_VERBOSITY);
            CachingSlf4jProvider.install();
            assertEquals(CachingSlf4jProvider.class.getName(), System.getProperty(CachingSlf4jProvider.SLF4J_PROVIDER));
            assertEquals("WARN", System.getProperty(CachingSlf4jProvider.SLF4J_VERBOSITY),
                    "no line from SLF4J before the lab command's 'ready'");
            System.setProperty(CachingSlf4jProvider.SLF4J_PROVIDER, "org.slf4j.impl.JBossSlf4jServiceProvider");
            CachingSlf4jProvider.install();
            assertEquals("org.slf4j.impl.JBossSlf4jServiceProvider",
                    System.getProperty(CachingSlf4jProvider.SLF4J_PROVIDER));
        } finally {
            restore(CachingSlf4jProvider.SLF4J_PROVIDER, before);
            restore(CachingSlf4jProvider.SLF4J_VERBOSITY, verbosity);
        }
    }

    /** JBoss LogManager's own binding, counting the lookups that reach it. */
    private static final class CountingBinding extends JBossSlf4jServiceProvider {
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public ILoggerFactory getLoggerFactory() {
            ILoggerFactory factory = super.getLoggerFactory();
            return name -> {
                lookups.incrementAndGet();
                return factory.getLogger(name);
            };
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static ILoggerFactory initialized(CachingSlf4jProvider provider) {
        provider.initialize();
        return provider.getLoggerFactory();
    }
}
