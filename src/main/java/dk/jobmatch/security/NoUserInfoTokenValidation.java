package dk.jobmatch.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * micronaut-security-oauth2 adds, for each OpenID provider, a token validator that accepts any
 * bearer token the provider's userinfo endpoint accepts. It runs after JWT validation, so a token
 * we refused (wrong audience, unknown issuer) would come back as an authenticated caller without
 * roles. Only JWT validation (signature, issuer, audience, expiry) may let a token in, so that
 * validator is neutralised here. The class is internal to Micronaut, hence matched by name.
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
class NoUserInfoTokenValidation implements BeanCreatedEventListener<TokenValidator> {

    private static final String USER_INFO_VALIDATOR =
            "io.micronaut.security.oauth2.endpoint.userinfo.UserInfoClientTokenValidator";

    @Override
    public TokenValidator onCreated(BeanCreatedEvent<TokenValidator> event) {
        TokenValidator validator = event.getBean();
        if (!USER_INFO_VALIDATOR.equals(validator.getClass().getName())) {
            return validator;
        }
        return new TokenValidator() {
            @Override
            public Publisher validateToken(String token, Object request) {
                return Publishers.empty();
            }

            @Override
            public int getOrder() {
                return validator.getOrder();
            }
        };
    }
}
