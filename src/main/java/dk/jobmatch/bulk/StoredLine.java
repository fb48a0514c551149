package dk.jobmatch.bulk;

import dk.jobmatch.wording.Phrase;

import java.util.List;

/**
 * A line as stored: the id it was stored under, the externalRef where the entity has one (else
 * null), and its competence and task phrases with their field paths, for the report's warnings.
 */
public record StoredLine(long line, String id, String externalRef, List<Phrase> phrases) {

    public StoredLine {
        phrases = List.copyOf(phrases);
    }
}
