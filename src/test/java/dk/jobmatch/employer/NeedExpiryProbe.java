package dk.jobmatch.employer;

import io.micronaut.context.BeanContext;

/** Lets tests in other packages run the stale-need expiry now instead of on its schedule. */
public final class NeedExpiryProbe {

    private NeedExpiryProbe() {
    }

    /** Expires every OPEN need idle for the expiry days by the service's (test) clock; how many. */
    public static int expireDue(BeanContext context) {
        return context.getBean(NeedExpiry.class).expireDue();
    }
}
