package dk.jobmatch.vocabulary;

import dk.jobmatch.common.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The vocabulary file's rules for one concept added to, or replacing its namesake in, a vocabulary
 * in memory, each broken rule named by the field it is about ({@code altLabels[3]}): the same rules
 * {@link ConceptVocabulary#parse} applies to the file, so an edit through the API can never make a
 * vocabulary the loader would refuse.
 */
final class ConceptRules {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*\\.[a-z0-9][a-z0-9-]*");
    /** The column separators of the file: a label holding one could not be written back to it. */
    private static final String SEPARATORS = "|\t";

    private ConceptRules() {
    }

    /** The concept with its labels normalised, as the vocabulary stores them. */
    static Concept normalised(Concept concept) {
        return new Concept(concept.id(), concept.type(), ConceptVocabulary.normalise(concept.preferredLabel()),
                concept.altLabels().stream().map(ConceptVocabulary::normalise).toList(), concept.broader());
    }

    /** What is wrong with the (normalised) concept among {@code byId} and {@code byLabel}; empty when nothing. */
    static List<FieldViolation> problems(Concept concept, Map<String, Concept> byId, Map<String, Concept> byLabel) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!ID.matcher(concept.id()).matches()) {
            problems.add(new FieldViolation("id",
                    "expected trade.name in lower-case ASCII, e.g. cleaning.vinduespudsning"));
        }
        Map<String, String> fieldOfLabel = new HashMap<>();
        label(concept, "preferredLabel", concept.preferredLabel(), byLabel, fieldOfLabel, problems);
        for (int i = 0; i < concept.altLabels().size(); i++) {
            label(concept, "altLabels[" + i + "]", concept.altLabels().get(i), byLabel, fieldOfLabel, problems);
        }
        broader(concept, byId).ifPresent(message -> problems.add(new FieldViolation("broader", message)));
        return problems;
    }

    private static void label(Concept concept, String field, String label, Map<String, Concept> byLabel,
                              Map<String, String> fieldOfLabel, List<FieldViolation> problems) {
        if (label.isEmpty()) {
            problems.add(new FieldViolation(field, "must not be empty"));
            return;
        }
        if (label.chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0)) {
            problems.add(new FieldViolation(field, "must not contain | (it separates labels in the vocabulary file)"));
            return;
        }
        String earlier = fieldOfLabel.putIfAbsent(label, field);
        if (earlier != null) {
            problems.add(new FieldViolation(field, "\"" + label + "\" is listed twice (also " + earlier + ")"));
            return;
        }
        Concept owner = byLabel.get(label);
        if (owner != null && !owner.id().equals(concept.id())) {
            problems.add(new FieldViolation(field, "\"" + label + "\" already belongs to " + owner.id()
                    + " (a label belongs to one concept only)"));
        }
    }

    private static Optional<String> broader(Concept concept, Map<String, Concept> byId) {
        if (concept.broader().isEmpty()) {
            return Optional.empty();
        }
        String broader = concept.broader().get();
        if (!ID.matcher(broader).matches()) {
            return Optional.of("malformed id \"" + broader + "\"");
        }
        if (broader.equals(concept.id())) {
            return Optional.of("a concept cannot be its own broader concept");
        }
        if (!byId.containsKey(broader)) {
            return Optional.of("broader concept " + broader + " does not exist");
        }
        // Only this concept's own chain can close a cycle: no other concept's broader changes.
        List<String> path = new ArrayList<>(List.of(concept.id()));
        Optional<String> next = Optional.of(broader);
        while (next.isPresent() && path.size() <= byId.size()) {
            path.add(next.get());
            if (next.get().equals(concept.id())) {
                return Optional.of("broader concepts would form a cycle: " + String.join(" > ", path));
            }
            Concept step = byId.get(next.get());
            next = step == null ? Optional.empty() : step.broader();
        }
        return Optional.empty();
    }
}
