package dk.jobmatch.agreement;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Agreements written before capacity holds existed (migration V8) hold nothing, so their places
 * would look free. At start-up each current one without a hold gets the hold of its current
 * version, once; afterwards this finds nothing. Safe with several instances starting together:
 * each agreement is re-checked under the need's and citizen's locks.
 */
@Singleton
@BackgroundWork
class HoldBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(HoldBackfill.class);

    private final AgreementStore store;
    private final AgreementService agreements;
    private final Allocation allocation;

    HoldBackfill(AgreementStore store, AgreementService agreements, Allocation allocation) {
        this.store = store;
        this.agreements = agreements;
        this.allocation = allocation;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int held = run();
        if (held > 0) {
            LOG.info("Capacity: {} agreements from before holds existed now hold their tasks and hours", held);
        }
    }

    /** How many agreements got their hold in this call. */
    int run() {
        List<Agreement> current = Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::holds)
                .flatMap(status -> store.list(status).stream()).toList();
        Set<String> missing = allocation.holdingNothing(current.stream().map(Agreement::id).toList());
        int held = 0;
        for (Agreement agreement : current) {
            if (missing.contains(agreement.id()) && agreements.holdIfMissing(agreement)) {
                held++;
            }
        }
        return held;
    }
}
