package dk.jobmatch.citizen;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Cpr;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.TextLists;
import dk.jobmatch.vocabulary.HourChecks;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a profile that the schema cannot express. The schema (bean validation on the
 * generated model) has already checked types, required fields, sizes, ranges and codes.
 */
final class CitizenValidator {

    private static final String NO_CPR = "looks like a CPR number; CPR numbers must not be stored";

    private CitizenValidator() {
    }

    static void validate(Citizen citizen) {
        List<FieldViolation> errors = new ArrayList<>();
        if (Cpr.appearsIn(citizen.externalRef())) {
            errors.add(new FieldViolation("externalRef",
                    "looks like a CPR number; use the pseudonymous case reference instead"));
        }
        checkText(errors, "displayName", citizen.displayName());
        checkText(errors, "experience", citizen.experience());
        checkText(errors, "accommodationNotes", citizen.accommodationNotes());
        for (int i = 0; i < citizen.competences().size(); i++) {
            String competence = citizen.competences().get(i);
            String field = "competences[" + i + "]";
            if (!TextLists.isStorable(competence)) {
                errors.add(new FieldViolation(field, "must be a word or phrase without control characters"));
            }
            checkText(errors, field, competence);
        }
        for (int i = 0; i < citizen.jobGoals().size(); i++) {
            String title = citizen.jobGoals().get(i).title();
            if (title.isBlank()) {
                errors.add(new FieldViolation("jobGoals[" + i + "].title", "must not be blank"));
            }
            checkText(errors, "jobGoals[" + i + "].title", title);
        }
        for (int i = 0; i < citizen.team().size(); i++) {
            TeamMember member = citizen.team().get(i);
            String prefix = "team[" + i + "].";
            if (member.name() == null || member.name().isBlank()) {
                errors.add(new FieldViolation(prefix + "name", "must not be blank"));
            }
            checkText(errors, prefix + "name", member.name());
            checkText(errors, prefix + "phone", member.phone());
            checkText(errors, prefix + "email", member.email());
        }
        HourChecks.range(errors, "hoursPerWeek", citizen.hoursPerWeek());
        if (citizen.location() != null && (citizen.location().lat() == null) != (citizen.location().lon() == null)) {
            errors.add(new FieldViolation("location", "lat and lon must be given together"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
    }

    private static void checkText(List<FieldViolation> errors, String field, String value) {
        if (Cpr.appearsIn(value)) {
            errors.add(new FieldViolation(field, NO_CPR));
        }
    }
}
