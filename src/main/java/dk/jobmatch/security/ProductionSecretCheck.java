package dk.jobmatch.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Refuses to start in production with the development signing secret (anyone could mint tokens)
 * or with one too short to resist guessing.
 */
@Context
@Requires(env = "prod")
class ProductionSecretCheck {

    static final String DEV_SECRET_PREFIX = "dev-only-";
    static final int MIN_LENGTH = 32;

    ProductionSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        if (secret.startsWith(DEV_SECRET_PREFIX) || secret.length() < MIN_LENGTH) {
            throw new ConfigurationException("Set JOBMATCH_JWT_SECRET to a random secret of at least " + MIN_LENGTH
                    + " characters: the development secret is not allowed in production.");
        }
    }
}
