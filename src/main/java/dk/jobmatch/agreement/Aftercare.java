package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aftercare (efterværn): after HIRED or ORDINARY_HOURS the consultant follows up on a tapering
 * plan, 2, 6, 12 and 26 weeks after the date of the event that ended the course, and takes
 * follow-ups until the 26 weeks are over or an EMPLOYMENT_ENDED event says the job ended. Worked
 * out from the events and follow-ups each time (nothing stored), so it needs no migration of
 * existing agreements and follows the clock.
 */
final class Aftercare {

    static final List<Integer> WEEKS = List.of(2, 6, 12, 26);
    static final int LENGTH_WEEKS = 26;

    private Aftercare() {
    }

    /** One date of the plan; done when an aftercare follow-up lies on or after it and before the next. */
    record Slot(LocalDate date, boolean done) {
    }

    /**
     * The plan and what was recorded against it. {@code due}: a date of the plan has come (today or
     * before) with no aftercare follow-up on or after it, while aftercare is still running.
     */
    record Progress(LocalDate startDate, LocalDate endDate, List<Slot> dates, @Nullable Boolean stillEmployed,
                    @Nullable LocalDate employmentEnded, boolean due) {

        Progress {
            dates = List.copyOf(dates);
        }
    }

    /** The date the course ended in a job (the HIRED or ORDINARY_HOURS event); empty for any other course. */
    static Optional<LocalDate> start(List<AgreementEvent> events) {
        return events.stream()
                .filter(e -> e.type() == AgreementEvent.Type.HIRED || e.type() == AgreementEvent.Type.ORDINARY_HOURS)
                .map(AgreementEvent::date).findFirst();
    }

    static Optional<LocalDate> employmentEnded(List<AgreementEvent> events) {
        return events.stream().filter(e -> e.type() == AgreementEvent.Type.EMPLOYMENT_ENDED)
                .map(AgreementEvent::date).findFirst();
    }

    static LocalDate end(LocalDate start) {
        return start.plusWeeks(LENGTH_WEEKS);
    }

    static List<LocalDate> dates(LocalDate start) {
        return WEEKS.stream().map(start::plusWeeks).toList();
    }

    /** The aftercare of a course that ended in a job; empty when it did not (or not yet). */
    static Optional<Progress> of(List<AgreementEvent> events, List<FollowUp> followUps, LocalDate today) {
        Optional<LocalDate> started = start(events);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = started.get();
        LocalDate end = end(start);
        List<FollowUp> aftercare = followUps.stream().filter(FollowUp::aftercare).sorted(FollowUp.CHRONOLOGICAL)
                .toList();
        List<LocalDate> dates = dates(start);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate from = dates.get(i);
            // The last date's window ends with aftercare itself (its date is the end date).
            LocalDate until = i + 1 < dates.size() ? dates.get(i + 1).minusDays(1) : end;
            slots.add(new Slot(from, aftercare.stream().anyMatch(f -> within(f.date(), from, until))));
        }
        Boolean stillEmployed = aftercare.isEmpty() ? null : aftercare.getLast().stillEmployed();
        LocalDate ended = employmentEnded(events).orElse(null);
        LocalDate lastFollowUp = aftercare.isEmpty() ? null : aftercare.getLast().date();
        boolean running = ended == null && !today.isAfter(end);
        Optional<LocalDate> latestReached = dates.stream().filter(d -> !d.isAfter(today)).reduce((a, b) -> b);
        boolean due = running && latestReached.isPresent()
                && (lastFollowUp == null || lastFollowUp.isBefore(latestReached.get()));
        return Optional.of(new Progress(start, end, slots, stillEmployed, ended, due));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate until) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
