package dk.jobmatch.admin;

import dk.jobmatch.api.AdminApi;
import dk.jobmatch.api.model.ReindexResult;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class AdminController implements AdminApi {

    private final IndexSynchronizer synchronizer;
    private final AccessPolicy access;

    AdminController(IndexSynchronizer synchronizer, AccessPolicy access) {
        this.synchronizer = synchronizer;
        this.access = access;
    }

    @Override
    public ReindexResult reindex() {
        access.require(Role.ADMIN);
        long started = System.nanoTime();
        long documents = synchronizer.rebuild();
        ReindexResult result = new ReindexResult(documents);
        result.setMillis((System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
