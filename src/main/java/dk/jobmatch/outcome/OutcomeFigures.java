package dk.jobmatch.outcome;

import dk.jobmatch.agreement.CourseRecord;
import dk.jobmatch.vocabulary.EndReason;
import dk.jobmatch.vocabulary.TargetGroup;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every outcome figure from the placements, in one pure function: docs/outcomes.md defines each
 * figure in one sentence, and this is that sentence in code. Each figure is computed over its own
 * population of placements (or citizens) and suppressed when fewer than {@link #MINIMUM_CITIZENS}
 * different citizens are in that population.
 */
final class OutcomeFigures {

    /** Figures behind fewer citizens than this are suppressed (null value, suppressed true). */
    static final int MINIMUM_CITIZENS = 5;
    /** The group of PLACEMENTS_ENDED for endings recorded without a reason code. */
    static final String UNCODED = "UNCODED";
    static final List<Integer> RETENTION_MONTHS = List.of(3, 6, 12);

    private OutcomeFigures() {
    }

    /** What the report knows of a citizen's profile: the target group and the day it was created. */
    record Profile(@Nullable TargetGroup targetGroup, LocalDate created) {
    }

    /** The filters of the request; null means any. */
    record Filter(@Nullable TargetGroup targetGroup, @Nullable String consultant, @Nullable String employerId) {

        boolean accepts(CourseRecord placement, @Nullable Profile profile) {
            return (targetGroup == null || profile != null && profile.targetGroup() == targetGroup)
                    && (consultant == null || consultant.equals(placement.consultant()))
                    && (employerId == null || employerId.equals(placement.employerId()));
        }
    }

    static List<Figure> of(List<CourseRecord> placements, Map<String, Profile> profiles, Filter filter, Period period,
                           LocalDate today) {
        List<CourseRecord> chosen = placements.stream()
                .filter(p -> filter.accepts(p, profiles.get(p.citizenId()))).toList();
        List<CourseRecord> started = chosen.stream().filter(p -> period.contains(p.startDate())).toList();
        List<CourseRecord> ended = chosen.stream()
                .filter(p -> p.ending() != null && period.contains(p.ending().date())).toList();
        List<Figure> figures = new ArrayList<>();

        figures.add(count(Figure.Name.PLACEMENTS_STARTED, null, started));
        figures.add(count(Figure.Name.PLACEMENTS_ACTIVE, null, chosen.stream()
                .filter(p -> !p.startDate().isAfter(period.to()) && !p.endedBy(period.to())).toList()));
        figures.add(count(Figure.Name.PLACEMENTS_ENDED, null, ended));
        for (EndReason reason : EndReason.values()) {
            figures.add(count(Figure.Name.PLACEMENTS_ENDED, reason.name(),
                    only(ended, p -> p.ending().reasonCode() == reason)));
        }
        figures.add(count(Figure.Name.PLACEMENTS_ENDED, UNCODED, only(ended, p -> p.ending().reasonCode() == null)));
        figures.add(count(Figure.Name.PLACEMENTS_HIRED, null,
                only(ended, p -> p.ending().kind() == CourseRecord.EndKind.HIRED)));
        figures.add(count(Figure.Name.PLACEMENTS_ORDINARY_HOURS, null,
                only(ended, p -> p.ending().kind() == CourseRecord.EndKind.ORDINARY_HOURS)));
        figures.add(count(Figure.Name.PLACEMENTS_STOPPED, null,
                only(ended, p -> p.ending().kind() == CourseRecord.EndKind.STOPPED)));

        List<CourseRecord> followedUp = only(started, p -> p.latestHours() != null);
        figures.add(statistic(Figure.Name.HOURS_AT_START_MEDIAN, Figure.Unit.HOURS_PER_WEEK, followedUp,
                values -> Statistics.round(Statistics.median(values), 2), CourseRecord::hoursAtStart));
        figures.add(statistic(Figure.Name.HOURS_LATEST_MEDIAN, Figure.Unit.HOURS_PER_WEEK, followedUp,
                values -> Statistics.round(Statistics.median(values), 2), CourseRecord::latestHours));

        List<CourseRecord> judged = only(started, p -> p.clausesJudged() > 0);
        long clauses = judged.stream().mapToLong(CourseRecord::clausesJudged).sum();
        long met = judged.stream().mapToLong(CourseRecord::clausesMet).sum();
        figures.add(figure(Figure.Name.CLAUSES_MET_SHARE, Figure.Unit.SHARE, citizens(judged),
                clauses == 0 ? null : Statistics.round((double) met / clauses, 3), clauses));

        figures.addAll(daysToFirstPlacement(placements, profiles, filter, period));
        figures.addAll(retention(ended, today));

        figures.addAll(measure(Figure.Name.WHO5_FIRST_MEAN, Figure.Name.WHO5_LATEST_MEAN, started,
                CourseRecord::who5First, CourseRecord::who5Latest));
        figures.addAll(measure(Figure.Name.GSE_FIRST_MEAN, Figure.Name.GSE_LATEST_MEAN, started,
                CourseRecord::gseFirst, CourseRecord::gseLatest));

        Set<String> visited = citizens(started);
        figures.add(figure(Figure.Name.VISITS_PLANNED, Figure.Unit.COUNT, visited,
                (double) started.stream().mapToLong(CourseRecord::visitsPlanned).sum(), null));
        figures.add(figure(Figure.Name.VISITS_DONE, Figure.Unit.COUNT, visited,
                (double) started.stream().mapToLong(CourseRecord::visitsDone).sum(), null));
        return figures;
    }

    /**
     * Days from the profile's creation to the start of the citizen's first placement (of all their
     * placements), for the citizens whose first placement passes the filters and starts in the period,
     * on or after the day the profile was created.
     */
    private static List<Figure> daysToFirstPlacement(List<CourseRecord> placements, Map<String, Profile> profiles,
                                                     Filter filter, Period period) {
        Map<String, CourseRecord> first = new HashMap<>();
        Comparator<CourseRecord> earliest = Comparator.comparing(CourseRecord::startDate)
                .thenComparing(CourseRecord::agreementId);
        for (CourseRecord p : placements) {
            first.merge(p.citizenId(), p, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
        }
        Map<String, Long> days = new HashMap<>();
        first.forEach((citizenId, p) -> {
            Profile profile = profiles.get(citizenId);
            // A first placement that started before the profile was made here (a course carried
            // over from another system) says nothing about the time it took; it is left out.
            if (profile != null && filter.accepts(p, profile) && period.contains(p.startDate())
                    && !p.startDate().isBefore(profile.created())) {
                days.put(citizenId, ChronoUnit.DAYS.between(profile.created(), p.startDate()));
            }
        });
        Set<String> citizens = days.keySet();
        Collection<Long> values = days.values();
        return List.of(
                figure(Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, Figure.Unit.DAYS, citizens,
                        values.isEmpty() ? null : Statistics.round(Statistics.median(values), 1), (long) values.size()),
                figure(Figure.Name.DAYS_TO_FIRST_PLACEMENT_P75, Figure.Unit.DAYS, citizens,
                        values.isEmpty() ? null : Statistics.round(Statistics.percentile(values, 0.75), 1),
                        (long) values.size()));
    }

    /**
     * Of the courses that ended in a job (HIRED or ORDINARY_HOURS) in the period and whose job began
     * at least M months before today, the share whose job had not ended M months after it began.
     */
    private static List<Figure> retention(List<CourseRecord> ended, LocalDate today) {
        Map<Integer, Figure.Name> names = Map.of(3, Figure.Name.RETENTION_3_MONTHS, 6, Figure.Name.RETENTION_6_MONTHS,
                12, Figure.Name.RETENTION_12_MONTHS);
        List<Figure> figures = new ArrayList<>();
        for (int months : RETENTION_MONTHS) {
            List<CourseRecord> jobs = only(ended, p -> p.ending().kind().inWork()
                    && !p.ending().date().plusMonths(months).isAfter(today));
            long retained = jobs.stream().filter(p -> p.employmentEnded() == null
                    || p.employmentEnded().isAfter(p.ending().date().plusMonths(months))).count();
            figures.add(figure(names.get(months), Figure.Unit.SHARE, citizens(jobs),
                    jobs.isEmpty() ? null : Statistics.round((double) retained / jobs.size(), 3), (long) jobs.size()));
        }
        return figures;
    }

    /** The mean first and mean latest value of a measure, over the placements where it was recorded. */
    private static List<Figure> measure(Figure.Name firstName, Figure.Name latestName, List<CourseRecord> started,
                                        Function<CourseRecord, Integer> first, Function<CourseRecord, Integer> latest) {
        List<CourseRecord> measured = only(started, p -> first.apply(p) != null);
        return List.of(
                statistic(firstName, Figure.Unit.SCORE, measured,
                        values -> Statistics.round(Statistics.mean(values), 1), first),
                statistic(latestName, Figure.Unit.SCORE, measured,
                        values -> Statistics.round(Statistics.mean(values), 1), latest));
    }

    private static Figure count(Figure.Name name, @Nullable String group, List<CourseRecord> placements) {
        Figure f = figure(name, Figure.Unit.COUNT, citizens(placements), (double) placements.size(), null);
        return new Figure(f.name(), group, f.value(), f.denominator(), f.unit(), f.suppressed());
    }

    private static Figure statistic(Figure.Name name, Figure.Unit unit, List<CourseRecord> population,
                                    Function<List<Number>, Double> statistic,
                                    Function<CourseRecord, ? extends Number> value) {
        List<Number> values = population.stream().map(value).filter(Objects::nonNull).map(Number.class::cast)
                .toList();
        return figure(name, unit, citizens(population), values.isEmpty() ? null : statistic.apply(values),
                (long) values.size());
    }

    /** The figure, or its suppressed form when fewer than five citizens are behind it. */
    private static Figure figure(Figure.Name name, Figure.Unit unit, Set<String> citizens, @Nullable Double value,
                                 @Nullable Long denominator) {
        if (citizens.size() < MINIMUM_CITIZENS) {
            return new Figure(name, null, null, null, unit, true);
        }
        return new Figure(name, null, value, denominator, unit, false);
    }

    private static Set<String> citizens(List<CourseRecord> placements) {
        return placements.stream().map(CourseRecord::citizenId).collect(Collectors.toSet());
    }

    private static List<CourseRecord> only(List<CourseRecord> placements, Predicate<CourseRecord> condition) {
        return placements.stream().filter(condition).toList();
    }
}
