package dk.jobmatch.security;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates logins and checks passwords. Passwords are only ever stored as bcrypt hashes. */
@Singleton
public class AccountService {

    /** The roles that do the job centre's work with citizens and employers: they hold caseloads and own employers. */
    public static final Set<Role> CONSULTING_ROLES = EnumSet.of(Role.CONSULTANT, Role.ADMIN);
    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION);

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
                Role.EMPLOYER, employerId, clock.instant(), null, null));
        return AccountView.of(account);
    }

    /**
     * Creates a consultant's, administrator's or integration client's login (the caller has checked
     * it is an ADMIN). EMPLOYER logins belong to an employer: 422 here.
     */
    @Transactional
    public AccountView createStaffAccount(String username, String password, Role role, String displayName,
                                          @Nullable String team) {
        if (!STAFF_ROLES.contains(role)) {
            throw ApiException.unprocessable(List.of(new FieldViolation("role",
                    "must be CONSULTANT, ADMIN or INTEGRATION; EMPLOYER logins are created for their employer")));
        }
        if (displayName.isBlank()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("displayName", "must not be blank")));
        }
        if (accounts.existsByUsername(username)) {
            throw ApiException.conflict("The username is already taken.");
        }
        Account account = accounts.save(new Account(Ids.newId(), username, hasher.hash(password), role, null,
                clock.instant(), displayName.strip(), team == null || team.isBlank() ? null : team.strip()));
        return AccountView.of(account);
    }

    /** Every login by username. */
    public Page<AccountView> list(Paging paging) {
        return accounts.findAll(Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("username"))))
                .map(AccountView::of);
    }

    /** The CONSULTANT and ADMIN accounts by username: those who hold caseloads. */
    public Page<AccountView> consultants(Paging paging) {
        return accounts.findByRoleIn(CONSULTING_ROLES,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("username")))).map(AccountView::of);
    }

    /** The CONSULTANT or ADMIN account with this username, if there is one: who may own an employer. */
    public Optional<AccountView> findConsultant(String username) {
        return accounts.findByUsername(username).filter(a -> CONSULTING_ROLES.contains(a.role())).map(AccountView::of);
    }

    /** Accounts by username, for showing names (usernames without an account are left out). */
    public Map<String, AccountView> byUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findByUsernameIn(Set.copyOf(usernames)).stream().map(AccountView::of)
                .collect(Collectors.toMap(AccountView::username, Function.identity()));
    }

    /** Creates a seeded account; an existing one keeps its password and role, and only gains a missing display name. */
    @Transactional
    void ensureAccount(String username, String password, Role role, String displayName) {
        Optional<Account> existing = accounts.findByUsername(username);
        if (existing.isEmpty()) {
            accounts.save(new Account(Ids.newId(), username, hasher.hash(password), role, null, clock.instant(),
                    displayName, null));
        } else if (existing.get().displayName() == null) {
            accounts.update(existing.get().withDisplayName(displayName));
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
    public record AccountView(String id, String username, Role role, @Nullable String employerId,
                              @Nullable String displayName, @Nullable String team) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.role(), account.employerId(),
                    account.displayName(), account.team());
        }
    }
}
