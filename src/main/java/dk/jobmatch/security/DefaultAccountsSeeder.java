package dk.jobmatch.security;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * Creates the embedded default accounts (consultant, integration, admin) on first start.
 * Passwords come from configuration; an existing account is never overwritten (one from before
 * display names only gains its display name).
 */
@Singleton
@BackgroundWork
class DefaultAccountsSeeder implements ApplicationEventListener<StartupEvent> {

    private final AccountService accounts;
    private final boolean seed;
    private final String consultantPassword;
    private final String integrationPassword;
    private final String adminPassword;

    DefaultAccountsSeeder(AccountService accounts,
                          @Value("${jobmatch.accounts.seed:true}") boolean seed,
                          @Value("${jobmatch.accounts.consultant-password}") String consultantPassword,
                          @Value("${jobmatch.accounts.integration-password}") String integrationPassword,
                          @Value("${jobmatch.accounts.admin-password}") String adminPassword) {
        this.accounts = accounts;
        this.seed = seed;
        this.consultantPassword = consultantPassword;
        this.integrationPassword = integrationPassword;
        this.adminPassword = adminPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (seed) {
            accounts.ensureAccount("consultant", consultantPassword, Role.CONSULTANT, "Standardkonsulent");
            accounts.ensureAccount("integration", integrationPassword, Role.INTEGRATION, "Integration");
            accounts.ensureAccount("admin", adminPassword, Role.ADMIN, "Administrator");
        }
    }
}
