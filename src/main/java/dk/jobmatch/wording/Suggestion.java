package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.Concept;

/** A concept offered for what was typed, with the label of it that fitted. */
public record Suggestion(Concept concept, String matchedLabel) {
}
