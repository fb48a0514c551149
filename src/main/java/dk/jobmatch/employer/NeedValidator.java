package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.TextLists;
import dk.jobmatch.vocabulary.HourChecks;
import dk.jobmatch.vocabulary.NeedStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a need that the schema cannot express. The schema (bean validation on the
 * generated model) has already checked types, required fields, sizes and codes.
 */
final class NeedValidator {

    private NeedValidator() {
    }

    /**
     * @param knownTaskIds ids a task may keep: the need's current tasks (empty when creating)
     */
    static void validate(Need need, Set<String> knownTaskIds) {
        List<FieldViolation> errors = new ArrayList<>();
        requireText(errors, "title", need.title());
        if (need.status() == NeedStatus.EXPIRED) {
            errors.add(new FieldViolation("status", "EXPIRED is set by the server after "
                    + "jobmatch.needs.expire-days without activity; send OPEN, PAUSED, FILLED or CLOSED"));
        }
        HourChecks.range(errors, "hoursPerWeek", need.hoursPerWeek());
        Set<String> seenIds = new HashSet<>();
        for (int i = 0; i < need.tasks().size(); i++) {
            Task task = need.tasks().get(i);
            String prefix = "tasks[" + i + "].";
            requireText(errors, prefix + "title", task.title());
            HourChecks.halfHours(errors, prefix + "hoursPerWeek", task.hoursPerWeek());
            if (task.id() != null && (!knownTaskIds.contains(task.id()) || !seenIds.add(task.id()))) {
                errors.add(new FieldViolation(prefix + "id", "is not a task of this need, or is repeated"));
            }
            for (int c = 0; c < task.competences().size(); c++) {
                String competence = task.competences().get(c);
                if (!TextLists.isStorable(competence)) {
                    errors.add(new FieldViolation(prefix + "competences[" + c + "]",
                            "must be a word or phrase without control characters"));
                }
            }
        }
        double min = need.hoursPerWeek().min();
        if (errors.isEmpty() && need.totalTaskHours() < min) {
            errors.add(new FieldViolation("tasks",
                    "the tasks add up to " + need.totalTaskHours() + " hours per week, below the minimum of " + min));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
    }

    private static void requireText(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "must not be blank"));
        }
    }
}
