package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.BipIndicator;
import dk.jobmatch.vocabulary.FollowUpFormat;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a follow-up found on {@code date}, set against the progression plan by ProgressReport: the
 * hours and effectiveness, how it took place, the measures (WHO-5, GSE, BIP indicators), and for an
 * {@code aftercare} follow-up (efterværn, after HIRED or ORDINARY_HOURS) whether the citizen still
 * has the job.
 */
record FollowUp(String id, LocalDate date, double actualHoursPerWeek, @Nullable Integer effectivenessPercent,
                @Nullable FollowUpFormat format, @Nullable Integer who5, @Nullable Integer gse,
                Map<BipIndicator, Integer> bip, boolean aftercare, @Nullable Boolean stillEmployed,
                @Nullable String notes, String recordedBy, Instant createdAt) {

    /** Oldest first; of two on the same date, the one recorded first. */
    static final Comparator<FollowUp> CHRONOLOGICAL = Comparator.comparing(FollowUp::date)
            .thenComparing(FollowUp::createdAt);

    FollowUp {
        EnumMap<BipIndicator, Integer> copy = new EnumMap<>(BipIndicator.class);
        if (bip != null) {
            copy.putAll(bip);
        }
        bip = Collections.unmodifiableMap(copy);
    }

    boolean workplaceVisit() {
        return format == FollowUpFormat.WORKPLACE_VISIT;
    }
}
