package io.driftwatch.parsing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

class ParserProducer {

    @Produces
    @Singleton
    ParserRegistry parserRegistry() {
        return ParserRegistry.standard();
    }

    @Produces
    @Singleton
    PlatformDetector platformDetector(ParserRegistry parsers) {
        return new PlatformDetector(parsers);
    }
}
