package dk.jobmatch.agreement;

import io.micronaut.context.BeanContext;

/** Lets tests in other packages (the browser tests) run the draft expiry now instead of on its schedule. */
public final class DraftExpiryProbe {

    private DraftExpiryProbe() {
    }

    /** Expires every draft older than the draft life by the service's (test) clock; how many. */
    public static int expireDue(BeanContext context) {
        return context.getBean(DraftExpiry.class).expireDue();
    }
}
