package dk.jobmatch.evaluation;

import dk.jobmatch.common.BackgroundWork;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context {@code ./jobmatch evaluate-weights} starts has none of the service's background beans
 * (index synchronisation, scheduled expiries, webhook dispatch, start-up backfill and seeding), so
 * it cannot write by itself; the service's own context has every one of them.
 */
@Tag(Tiers.SERVER)
class OfflineContextTest {

    /** "$IndexSynchronizer$Definition$Intercepted", "HoldBackfill$ApplicationEventListener..." -> the class. */
    private static String owner(Class<?> beanType) {
        return beanType.getSimpleName().replaceFirst("^\\$", "").split("\\$")[0];
    }

    @Test
    void theOfflineContextLeavesOutEveryBackgroundBeanAndTheServiceKeepsThem() {
        try (ApplicationContext offline = EvaluateWeights.offline("test")) {
            assertThat(offline.getBeanDefinitions(Qualifiers.byStereotype(BackgroundWork.class))).isEmpty();
            assertThat(offline.containsBean(WeightEvaluation.class)).isTrue();
        }
        try (ApplicationContext service = ApplicationContext.run("test")) {
            assertThat(service.getBeanDefinitions(Qualifiers.byStereotype(BackgroundWork.class)))
                    .extracting(definition -> owner(definition.getBeanType()))
                    .contains("IndexSynchronizer", "HoldBackfill", "DraftExpiry", "NeedExpiry", "Dispatcher",
                            "IdempotencyFilter", "DefaultAccountsSeeder");
        }
    }
}
