package dk.jobmatch.security;

import io.micronaut.core.annotation.Nullable;

/** The authenticated user behind the current request. */
public record Caller(String username, Role role, @Nullable String employerId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
