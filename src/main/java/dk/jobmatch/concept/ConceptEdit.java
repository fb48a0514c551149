package dk.jobmatch.concept;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A concept as an administrator last saved it: added, or replacing the file's concept with its id.
 * {@code revision} counts the saves (the entity tag); {@code sequence} is the vocabulary's revision
 * at the last save, the order edits are applied in.
 */
@MappedEntity(value = "concept_edit", escape = false)
record ConceptEdit(@Id String id, ConceptType type, String preferredLabel, @Nullable String broader,
                   String altLabels, int revision, long sequence, String editedBy, Instant editedAt) {

    private static final String SEPARATOR = "|";

    static ConceptEdit of(Concept concept, int revision, long sequence, String editedBy, Instant editedAt) {
        return new ConceptEdit(concept.id(), concept.type(), concept.preferredLabel(), concept.broader().orElse(null),
                String.join(SEPARATOR, concept.altLabels()), revision, sequence, editedBy, editedAt);
    }

    Concept concept() {
        List<String> alternatives = altLabels.isEmpty() ? List.of() : Arrays.asList(altLabels.split("\\|", -1));
        return new Concept(id, type, preferredLabel, alternatives, Optional.ofNullable(broader));
    }
}
