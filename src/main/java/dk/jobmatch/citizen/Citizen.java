package dk.jobmatch.citizen;

import dk.jobmatch.common.Codes;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TargetGroup;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A citizen's competence profile: what they can do and want, the hours they can work, their
 * accommodations (skånehensyn, health-related and therefore sensitive) and their consent to be
 * matched. Identified towards the municipality only by a pseudonymous case reference. Read
 * with what the system knows beside the profile: the hours current agreements hold and what the
 * latest follow-up measured ({@code measured}, null until one is recorded). Its {@code team} are the
 * people around the citizen (case worker, mentor, ...): shown to consultants only, like the rest.
 */
public record Citizen(
        String id,
        String externalRef,
        String displayName,
        TargetGroup targetGroup,
        List<String> competences,
        String experience,
        List<JobGoal> jobGoals,
        Set<Qualification> qualifications,
        Set<Accommodation> accommodations,
        String accommodationNotes,
        HourRange hoursPerWeek,
        Integer effectivenessPercent,
        Place location,
        Double maxTravelKm,
        boolean consent,
        Instant createdAt,
        Instant updatedAt,
        double committedHoursPerWeek,
        @Nullable MeasuredCapacity measured,
        List<TeamMember> team) {

    public Citizen {
        // Forms send "" for an empty optional field; it means "nothing to say", not an error.
        displayName = blankToNull(displayName);
        experience = blankToNull(experience);
        accommodationNotes = blankToNull(accommodationNotes);
        competences = competences == null ? List.of() : List.copyOf(competences);
        jobGoals = jobGoals == null ? List.of() : List.copyOf(jobGoals);
        qualifications = Codes.sorted(Qualification.class, qualifications);
        accommodations = Codes.sorted(Accommodation.class, accommodations);
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A profile without a team (as matching and its tests build them). */
    public Citizen(String id, String externalRef, String displayName, TargetGroup targetGroup,
                   List<String> competences, String experience, List<JobGoal> jobGoals,
                   Set<Qualification> qualifications, Set<Accommodation> accommodations, String accommodationNotes,
                   HourRange hoursPerWeek, Integer effectivenessPercent, Place location, Double maxTravelKm,
                   boolean consent, Instant createdAt, Instant updatedAt, double committedHoursPerWeek,
                   @Nullable MeasuredCapacity measured) {
        this(id, externalRef, displayName, targetGroup, competences, experience, jobGoals, qualifications,
                accommodations, accommodationNotes, hoursPerWeek, effectivenessPercent, location, maxTravelKm, consent,
                createdAt, updatedAt, committedHoursPerWeek, measured, List.of());
    }

    /** Everything the citizen says they can do or want: competences, job goals, experience, a line each. */
    public String profileText() {
        return String.join("\n", profileLines());
    }

    /** The lines of {@link #profileText()}: each competence, each job goal's title, then the experience. */
    List<String> profileLines() {
        List<String> lines = new ArrayList<>(competences);
        jobGoals.forEach(g -> lines.add(g.title()));
        if (experience != null) {
            lines.add(experience);
        }
        return lines;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    Citizen withIdentity(String newId, Instant created, Instant updated) {
        return new Citizen(newId, externalRef, displayName, targetGroup, competences, experience, jobGoals,
                qualifications, accommodations, accommodationNotes, hoursPerWeek, effectivenessPercent,
                location, maxTravelKm, consent, created, updated, committedHoursPerWeek, measured, team);
    }

    Citizen withCommittedHours(double committed) {
        return new Citizen(id, externalRef, displayName, targetGroup, competences, experience, jobGoals,
                qualifications, accommodations, accommodationNotes, hoursPerWeek, effectivenessPercent,
                location, maxTravelKm, consent, createdAt, updatedAt, committed, measured, team);
    }

    /** The same profile with this team. */
    Citizen withTeam(List<TeamMember> members) {
        return new Citizen(id, externalRef, displayName, targetGroup, competences, experience, jobGoals,
                qualifications, accommodations, accommodationNotes, hoursPerWeek, effectivenessPercent,
                location, maxTravelKm, consent, createdAt, updatedAt, committedHoursPerWeek, measured, members);
    }

    /** The same profile with what a follow-up measured (an edit of the profile keeps it). */
    Citizen withMeasured(@Nullable MeasuredCapacity capacity) {
        return new Citizen(id, externalRef, displayName, targetGroup, competences, experience, jobGoals,
                qualifications, accommodations, accommodationNotes, hoursPerWeek, effectivenessPercent,
                location, maxTravelKm, consent, createdAt, updatedAt, committedHoursPerWeek, capacity, team);
    }

    /**
     * The part of the hour range current agreements leave ("job nummer 2"): a 6-10 h citizen with
     * a 6 h agreement has 0-4 h left. A max of 0 or less means nothing is left.
     */
    public HourRange remainingHoursPerWeek() {
        return hoursLeftAfter(committedHoursPerWeek);
    }

    /** The part of the hour range left after these hours taken elsewhere. */
    public HourRange hoursLeftAfter(double elsewhere) {
        return new HourRange(Math.max(0, hoursPerWeek.min() - elsewhere), hoursPerWeek.max() - elsewhere);
    }

    /** The same profile as matching should weigh it: with the hours its agreements leave. */
    public Citizen forMatching() {
        if (committedHoursPerWeek == 0) {
            return this;
        }
        return new Citizen(id, externalRef, displayName, targetGroup, competences, experience, jobGoals,
                qualifications, accommodations, accommodationNotes, remainingHoursPerWeek(), effectivenessPercent,
                location, maxTravelKm, consent, createdAt, updatedAt, 0, measured, team);
    }
}
