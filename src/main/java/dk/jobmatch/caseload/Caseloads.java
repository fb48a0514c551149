package dk.jobmatch.caseload;

import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.AccountService;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The caller's caseload, and every consultant's for administrators. */
@Singleton
class Caseloads {

    private final CaseloadQueries queries;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final int cap;

    Caseloads(CaseloadQueries queries, AccountService accounts, AccessPolicy access,
              @Value("${jobmatch.caseload.cap:33}") int cap) {
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.cap = cap;
    }

    record ConsultantLoad(AccountService.AccountView account, Caseload caseload) {
    }

    @Transactional
    Caseload mine() {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        return of(List.of(caller.username())).get(caller.username());
    }

    @Transactional
    Page<ConsultantLoad> all(Paging paging) {
        access.require(Role.ADMIN);
        Page<AccountService.AccountView> consultants = accounts.consultants(paging);
        Map<String, Caseload> loads = of(consultants.getContent().stream().map(AccountService.AccountView::username)
                .toList());
        return consultants.map(account -> new ConsultantLoad(account, loads.get(account.username())));
    }

    private Map<String, Caseload> of(Collection<String> usernames) {
        Map<String, Long> agreements = queries.activeAgreements(usernames);
        Map<String, Long> citizens = queries.citizensInProcess(usernames);
        Map<String, Long> employers = queries.employersOwned(usernames);
        return usernames.stream().distinct().collect(java.util.stream.Collectors.toMap(u -> u,
                u -> new Caseload(agreements.getOrDefault(u, 0L), citizens.getOrDefault(u, 0L),
                        employers.getOrDefault(u, 0L), cap)));
    }
}
