package dk.jobmatch.security;

/** The roles of the API contract. */
public enum Role {
    CONSULTANT, EMPLOYER, INTEGRATION, ADMIN
}
