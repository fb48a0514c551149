package dk.jobmatch.agreement;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.citizen.MeasuredCapacity;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.HourType;
import dk.jobmatch.vocabulary.PlacementType;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the first draft of an arbejdsaftale from a match, with the content the domain reports
 * ask for: purpose, tasks with their hour type (praktik or paid, {@link HourSplit#draftType}),
 * accommodations stated concretely, goals within reach, a follow-up plan and progression clauses,
 * starting from what the citizen's latest follow-up measured when there is one. Users edit it from
 * there.
 */
final class AgreementDrafter {

    static final int CADENCE_DAYS = 14;
    static final int COMPANY_VISITS_FIRST_HALF_YEAR = 4;

    private AgreementDrafter() {
    }

    record Draft(Need need, Employer employer, Citizen citizen, List<Task> tasks, double startHours,
                 LocalDate startDate, String consultant) {
    }

    static AgreementContent draft(Draft d) {
        Integer effectiveness = startEffectiveness(d.citizen());
        List<AgreementContent.Clause> progression = ProgressionPlanner.plan(d.startDate(), d.startHours(),
                effectiveness, d.citizen().hoursPerWeek(), d.need().hoursPerWeek());
        HourType hourType = HourSplit.draftType(d.need().placementType(), d.citizen().targetGroup());
        List<AgreementContent.AgreementTask> tasks = d.tasks().stream()
                .map(t -> new AgreementContent.AgreementTask(t.id(), t.title(), t.hoursPerWeek(), hourType.paid(), hourType))
                .toList();
        Employer employer = d.employer();
        return new AgreementContent(d.need().placementType(), purpose(d.need().placementType(), employer.name()),
                d.startDate(), d.startHours(), effectiveness, d.startDate().plusMonths(3),
                tasks, d.citizen().accommodations(), accommodationText(d.citizen()), goals(d, progression),
                progression, followUp(d.startDate()),
                new AgreementContent.PartyInfo(d.citizen().displayName(), "Borger", null, null),
                new AgreementContent.PartyInfo(employer.name(), "Virksomhed", null, null),
                new AgreementContent.PartyInfo(employer.contactName(), "Fast kontaktperson", employer.contactPhone(),
                        employer.contactEmail()),
                new AgreementContent.PartyInfo(d.consultant(), "Virksomhedskonsulent", null, null));
    }

    /**
     * The effectiveness a draft starts from: what the citizen's latest follow-up measured when one
     * did (at least 1 %, the lowest an agreement states), else the profile's.
     */
    static Integer startEffectiveness(Citizen citizen) {
        MeasuredCapacity measured = citizen.measured();
        if (measured == null || measured.effectivenessPercent() == null) {
            return citizen.effectivenessPercent();
        }
        return Math.max(1, measured.effectivenessPercent());
    }

    /**
     * The hours a draft starts at when the request names none: the carved tasks' hours, or, when a
     * follow-up has measured the citizen, what they last managed (rounded down to half hours),
     * never above the tasks' hours, the hours the citizen has left or the need's maximum, and not
     * below the higher of the need's and the citizen's minimum (as far as those ceilings allow): a
     * new course starts where the last one got to, within what both sides asked for. When the
     * ceilings leave less than half an hour the tasks' hours stand, for the checks that follow to
     * refuse as they would without a measurement.
     */
    static double startHours(@Nullable MeasuredCapacity measured, double taskHours, HourRange hoursLeft,
                             HourRange needHours) {
        if (measured == null) {
            return taskHours;
        }
        double ceiling = floorHalf(Math.min(taskHours, Math.min(hoursLeft.max(), needHours.max())));
        if (ceiling < 0.5) {
            return taskHours;
        }
        double floor = Math.min(ceiling, ceilHalf(Math.max(needHours.min(), hoursLeft.min())));
        return Math.max(floor, Math.min(ceiling, floorHalf(measured.hoursPerWeek())));
    }

    private static double floorHalf(double hours) {
        return Math.floor(hours * 2 + 1e-9) / 2;
    }

    private static double ceilHalf(double hours) {
        return Math.ceil(hours * 2 - 1e-9) / 2;
    }

    static List<String> accommodationText(Citizen citizen) {
        List<String> text = new ArrayList<>();
        citizen.accommodations().forEach(a -> text.add(Danish.sentence(a)));
        if (citizen.accommodationNotes() != null) {
            text.add("Borgerens egne bemærkninger: " + citizen.accommodationNotes());
        }
        return text;
    }

    private static String purpose(PlacementType type, String employer) {
        return switch (type) {
            case AFKLARING -> "Afklaring af borgerens arbejdsevne og interesser gennem konkrete opgaver hos " + employer + ".";
            case TRAENING -> "Træning af arbejdsevne, arbejdsvaner og faglige færdigheder hos " + employer + ".";
            case REKRUTTERING -> "Forløb hos " + employer + " med henblik på ansættelse.";
            case ORDINARY -> "Ansættelse hos " + employer + " på ordinære vilkår.";
        };
    }

    private static List<AgreementContent.Goal> goals(Draft d, List<AgreementContent.Clause> progression) {
        List<AgreementContent.Goal> goals = new ArrayList<>();
        LocalDate firstStep = progression.getFirst().dueDate();
        for (Task task : d.tasks()) {
            goals.add(new AgreementContent.Goal("Kan udføre opgaven \"" + task.title() + "\" selvstændigt.", firstStep));
        }
        AgreementContent.Clause last = progression.getLast();
        goals.add(new AgreementContent.Goal(finalGoal(last), last.dueDate()));
        d.citizen().jobGoals().stream().filter(g -> g.priority() == JobGoal.Priority.A).findFirst()
                .ifPresent(g -> goals.add(new AgreementContent.Goal("Afklare vejen mod jobmålet \"" + g.title() + "\".",
                        last.dueDate())));
        return goals;
    }

    /** The goal the plan ends in, worded from its last step (a re-plan rewords it the same way). */
    static String finalGoal(AgreementContent.Clause last) {
        return "Arbejder " + Danish.number(last.hoursPerWeek()) + " timer om ugen med " + last.effectivenessPercent()
                + " % effektivitet.";
    }

    private static AgreementContent.FollowUpPlan followUp(LocalDate start) {
        return new AgreementContent.FollowUpPlan(CADENCE_DAYS, start.plusDays(CADENCE_DAYS), defaultVisits(start));
    }

    /** Contact every 14 days; visits at the workplace in weeks 2, 8, 14 and 20 (four in six months). */
    static List<LocalDate> defaultVisits(LocalDate start) {
        List<LocalDate> visits = new ArrayList<>();
        for (int i = 0; i < COMPANY_VISITS_FIRST_HALF_YEAR; i++) {
            visits.add(start.plusWeeks(2 + 6L * i));
        }
        return List.copyOf(visits);
    }
}
