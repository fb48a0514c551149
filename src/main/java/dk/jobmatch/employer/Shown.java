package dk.jobmatch.employer;

import dk.jobmatch.security.AccountService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What showing employers and contacts needs beyond their rows: the consultants' display names and
 * today's date (for contactOverdue). Passed to the mapper as its context.
 */
record Shown(Map<String, String> displayNames, LocalDate today) {

    @Nullable
    String displayName(String username) {
        return displayNames.get(username);
    }

    /** Looks the names up in one query per response. */
    @Singleton
    static class Lookup {

        private final AccountService accounts;
        private final Clock clock;

        Lookup(AccountService accounts, Clock clock) {
            this.accounts = accounts;
            this.clock = clock;
        }

        Shown of(Collection<String> usernames) {
            Map<String, String> names = accounts.byUsername(usernames.stream().filter(Objects::nonNull).toList())
                    .values().stream().filter(a -> a.displayName() != null)
                    .collect(Collectors.toMap(AccountService.AccountView::username,
                            AccountService.AccountView::displayName));
            return new Shown(names, LocalDate.now(clock));
        }
    }
}
