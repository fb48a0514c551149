package dk.jobmatch.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt; the cost keeps a login well under 100 ms on the 2-core machines. */
@Singleton
class PasswordHasher {

    private static final int COST = 10;
    // Verified against when the username is unknown, so both paths take the same time.
    private final String dummyHash = hash("not-a-real-password");

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void burnEqualTime(String password) {
        matches(password, dummyHash);
    }
}
