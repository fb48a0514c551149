package dk.jobmatch.agreement;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every placement as a {@link CourseRecord}, for the offline weight evaluation (evaluation/), which
 * needs each placement's label, not aggregates. Four queries whatever the number of placements
 * (agreements, versions in force, follow-ups, events), and each placement judged in Java by
 * ProgressReport, so "a clause met" means exactly what the agreement's {@code /progress} says. The
 * outcome figures restate the same rules in SQL (outcome/OutcomeQueries); both are tested against
 * hand-computed courses. No access check and no audit here: the caller answers only aggregates.
 */
@Singleton
public class CourseRecords {

    private final AgreementStore store;
    private final Clock clock;

    CourseRecords(AgreementStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every placement, judged as of today. */
    @Transactional(readOnly = true)
    public List<CourseRecord> placements() {
        LocalDate today = LocalDate.now(clock);
        return store.placements().stream().map(p -> record(p, today)).toList();
    }

    /**
     * Every placement with the need and the tasks it was agreed on (the version in force), for the
     * offline weight evaluation, which scores each pair again (docs/outcomes.md).
     */
    @Transactional(readOnly = true)
    public List<PlacedCourse> placedCourses() {
        LocalDate today = LocalDate.now(clock);
        return store.placements().stream().map(p -> new PlacedCourse(record(p, today), p.agreement().needId(),
                p.content().tasks().stream().map(AgreementContent.AgreementTask::taskId).toList())).toList();
    }

    static CourseRecord record(AgreementStore.Placement placement, LocalDate today) {
        Agreement agreement = placement.agreement();
        AgreementContent content = placement.content();
        List<FollowUp> followUps = placement.followUps().stream().sorted(FollowUp.CHRONOLOGICAL).toList();
        List<AgreementEvent> events = placement.events().stream()
                .sorted(Comparator.comparing(AgreementEvent::date).thenComparing(AgreementEvent::createdAt)).toList();
        ProgressReport.Result progress = ProgressReport.of(content, followUps, events, today);
        int judged = (int) progress.clauses().stream().filter(c -> c.state() == ProgressReport.State.MET
                || c.state() == ProgressReport.State.BEHIND).count();
        int met = (int) progress.clauses().stream().filter(c -> c.state() == ProgressReport.State.MET).count();
        Double latestHours = followUps.stream().filter(f -> !f.aftercare()).reduce((a, b) -> b)
                .map(FollowUp::actualHoursPerWeek).orElse(null);
        CourseRecord.Ending ending = events.stream().map(CourseRecords::ending).filter(Objects::nonNull).findFirst()
                .orElse(null);
        LocalDate jobEnded = Aftercare.employmentEnded(events).orElse(null);
        LocalDate notEmployed = followUps.stream()
                .filter(f -> f.aftercare() && Boolean.FALSE.equals(f.stillEmployed())).map(FollowUp::date)
                .findFirst().orElse(null);
        if (notEmployed != null && (jobEnded == null || notEmployed.isBefore(jobEnded))) {
            jobEnded = notEmployed;
        }
        Measures measures = progress.measures();
        return new CourseRecord(agreement.id(), agreement.citizenId(), agreement.employerId(), agreement.consultant(),
                content.startDate(), content.hoursPerWeek(), latestHours, judged, met, progress.visits().planned(),
                progress.visits().done(), measures.who5().first(), measures.who5().latest(), measures.gse().first(),
                measures.gse().latest(), ending, jobEnded);
    }

    private static CourseRecord.Ending ending(AgreementEvent event) {
        CourseRecord.EndKind kind = switch (event.type()) {
            case ORDINARY_HOURS -> CourseRecord.EndKind.ORDINARY_HOURS;
            case HIRED -> CourseRecord.EndKind.HIRED;
            case STOPPED -> CourseRecord.EndKind.STOPPED;
            case HOURS_REDUCED, EMPLOYMENT_ENDED -> null;
        };
        return kind == null ? null : new CourseRecord.Ending(kind, event.date(), event.reasonCode());
    }
}
