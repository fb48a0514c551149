package dk.jobmatch.security;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Creates logins and checks passwords. Passwords are only ever stored as bcrypt hashes. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates an EMPLOYER login bound to the employer; the caller has checked it exists. */
    @Transactional
    public AccountView createEmployerAccount(String employerId, String username, String password) {
        if (accounts.existsByUsername(username)) {
            throw ApiException.conflict("The username is already taken.");
        }
        Account account = accounts.save(new Account(Ids.newId(), username, hasher.hash(password),
                Role.EMPLOYER, employerId, clock.instant()));
        return AccountView.of(account);
    }

    @Transactional
    void ensureAccount(String username, String password, Role role) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(new Account(Ids.newId(), username, hasher.hash(password), role, null, clock.instant()));
        }
    }

    Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = accounts.findByUsername(username);
        if (account.isEmpty()) {
            hasher.burnEqualTime(password);
            return Optional.empty();
        }
        return account.filter(a -> hasher.matches(password, a.passwordHash()));
    }

    /** What the API shows of an account: never the hash. */
    public record AccountView(String id, String username, Role role, String employerId) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.role(), account.employerId());
        }
    }
}
