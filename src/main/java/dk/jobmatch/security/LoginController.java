package dk.jobmatch.security;

import dk.jobmatch.api.AuthApi;
import dk.jobmatch.api.model.LoginRequestDto;
import dk.jobmatch.api.model.TokenResponseDto;
import dk.jobmatch.common.ApiException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;

import java.util.List;
import java.util.Map;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController implements AuthApi {

    private final AccountService accounts;
    private final AccessRefreshTokenGenerator tokens;
    private final LoginThrottle throttle;
    private final AccountMapper accountMapper;

    LoginController(AccountService accounts, AccessRefreshTokenGenerator tokens, LoginThrottle throttle,
                    AccountMapper accountMapper) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.accountMapper = accountMapper;
    }

    @Override
    public TokenResponseDto login(LoginRequestDto request) {
        throttle.check(request.getUsername());
        Account account = accounts.authenticate(request.getUsername(), request.getPassword()).orElse(null);
        if (account == null) {
            throttle.failed(request.getUsername());
            throw ApiException.unauthorized("Wrong username or password.");
        }
        throttle.succeeded(request.getUsername());
        Map<String, Object> claims = account.employerId() == null
                ? Map.of()
                : Map.of(AccessPolicy.EMPLOYER_CLAIM, account.employerId());
        Authentication authentication = Authentication.build(account.username(), List.of(account.role().name()), claims);
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("token generation is not configured"));
        TokenResponseDto response = new TokenResponseDto(token.getAccessToken(), "Bearer", token.getExpiresIn());
        response.setUsername(account.username());
        response.setRoles(List.of(accountMapper.toDto(account.role())));
        return response;
    }
}
