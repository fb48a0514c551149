package dk.jobmatch.vocabulary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One occupation or competence of the concept vocabulary: a stable id ("cleaning.vinduespudsning",
 * "disco.9112"), its Danish preferred label, the other words people write for it and the id of the
 * broader concept it belongs under, if any. Labels are stored normalised
 * ({@link ConceptVocabulary#normalise(String)}).
 */
public record Concept(String id, ConceptType type, String preferredLabel, List<String> altLabels, Optional<String> broader) {

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(preferredLabel, "preferredLabel");
        altLabels = List.copyOf(altLabels);
        Objects.requireNonNull(broader, "broader");
    }

    /** The part of the id before the first dot: the trade the concept is filed under ("cleaning", "disco"). */
    public String trade() {
        return id.substring(0, id.indexOf('.'));
    }

    /** The preferred label first, then the alternative labels in file order. */
    public List<String> labels() {
        return Stream.concat(Stream.of(preferredLabel), altLabels.stream()).toList();
    }
}
