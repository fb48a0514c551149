package dk.jobmatch.security;

import dk.jobmatch.common.ApiException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Set;

/**
 * The one place where roles and employer scoping are decided. Feature code asks it questions
 * instead of reading roles itself, so a rule changes in one spot.
 */
@Singleton
public class AccessPolicy {

    static final String EMPLOYER_CLAIM = "employerId";

    private final SecurityService securityService;

    AccessPolicy(SecurityService securityService) {
        this.securityService = securityService;
    }

    public Caller caller() {
        Authentication authentication = securityService.getAuthentication()
                .orElseThrow(() -> ApiException.unauthorized("Authentication is required."));
        Role role = authentication.getRoles().stream()
                .map(Role::valueOf)
                .findFirst()
                .orElseThrow(() -> ApiException.forbidden("The token carries no role."));
        Object employerId = authentication.getAttributes().get(EMPLOYER_CLAIM);
        return new Caller(authentication.getName(), role, employerId == null ? null : employerId.toString());
    }

    /** Fails with 403 unless the caller has one of the roles. */
    public Caller require(Role... allowed) {
        Caller caller = caller();
        if (!Set.copyOf(Arrays.asList(allowed)).contains(caller.role())) {
            throw ApiException.forbidden("Your role does not allow this operation.");
        }
        return caller;
    }

    /**
     * Whether the caller may see data that belongs to this employer. EMPLOYER callers see only
     * their own; callers who may not see it get 404, because existence itself is secret.
     */
    public boolean mayAccessEmployer(Caller caller, String employerId) {
        return !caller.is(Role.EMPLOYER) || employerId.equals(caller.employerId());
    }

    /**
     * Citizens' profiles are sensitive (health-related accommodations): consultants and
     * administrators only. Employers see anonymous match summaries, never a profile.
     */
    public Caller requireCitizenDataAccess() {
        return require(Role.CONSULTANT, Role.ADMIN);
    }

    /** The employers' data roles: everyone but EMPLOYER works across employers. */
    public Caller requireEmployerDataAccess(String employerId, String notFoundDetail) {
        Caller caller = require(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION, Role.EMPLOYER);
        if (!mayAccessEmployer(caller, employerId)) {
            throw ApiException.notFound(notFoundDetail);
        }
        return caller;
    }
}
