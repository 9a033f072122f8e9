package io.driftwatch.logging;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J as Quarkus binds it (to JBoss LogManager), with each logger looked up once per name. MINA asks SLF4J for a
 * logger in the constructor of every future, closeable and channel it makes, dozens per SSH session, and JBoss
 * LogManager answers each call by walking its tree of names and making a new logger object: against asyncssh
 * routers that was 7% of a steady sweep's CPU and 40% of the bytes it allocated (README, "Where the CPU goes").
 * Levels are still read from JBoss LogManager at each call, so Quarkus's log settings apply as before.
 */
public final class CachingSlf4jProvider implements SLF4JServiceProvider {

    /** SLF4J's setting naming the provider to use instead of the first one on the class path. */
    static final String SLF4J_PROVIDER = "slf4j.provider";
    /** SLF4J's setting for what it reports about itself. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    /** Logger names are class names; past this many something makes names per object, so they are not kept. */
    static final int MAX_NAMES = 10_000;

    private final SLF4JServiceProvider delegate;
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final int maxNames;
    private ILoggerFactory factory;

    /** The provider SLF4J makes when {@link #install()} named it. */
    public CachingSlf4jProvider() {
        this(bound(), MAX_NAMES);
    }

    CachingSlf4jProvider(SLF4JServiceProvider delegate, int maxNames) {
        this.delegate = delegate;
        this.maxNames = maxNames;
    }

    /**
     * Names this provider to SLF4J, unless the operator named one. It must run before anything logs through SLF4J,
     * which the jar's main method does first.
     */
    public static void install() {
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, CachingSlf4jProvider.class.getName());
            // SLF4J would say on stderr that it loads a named provider: the lab command's first line is read as its
            // "ready" by the benchmark and by scripts. Its warnings and errors still show.
            if (System.getProperty(SLF4J_VERBOSITY) == null) {
                System.setProperty(SLF4J_VERBOSITY, "WARN");
            }
        }
    }

    /** The provider on the class path (JBoss LogManager's, in Quarkus), found as SLF4J itself would find it. */
    private static SLF4JServiceProvider bound() {
        for (SLF4JServiceProvider provider : ServiceLoader.load(SLF4JServiceProvider.class,
                CachingSlf4jProvider.class.getClassLoader())) {
            if (!(provider instanceof CachingSlf4jProvider)) {
                return provider;
            }
        }
        throw new IllegalStateException("no SLF4J binding on the class path for " + CachingSlf4jProvider.class
                .getSimpleName() + " to wrap; Quarkus brings slf4j-jboss-logmanager");
    }

    /** SLF4J calls this once, before asking for any logger. */
    @Override
    public void initialize() {
        delegate.initialize();
        ILoggerFactory bound = delegate.getLoggerFactory();
        factory = name -> {
            Logger known = loggers.get(name);
            if (known != null) {
                return known;
            }
            Logger logger = bound.getLogger(name);
            if (loggers.size() < maxNames) {
                loggers.putIfAbsent(name, logger);
            }
            return logger;
        };
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return delegate.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return delegate.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return delegate.getRequestedApiVersion();
    }
}
