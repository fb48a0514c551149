package dk.jobmatch.wording;

import java.util.List;

/** A phrase worth a second look, in Danish, with the nearest concepts (possibly none). */
public record Warning(String field, String message, List<Suggestion> suggestions) {

    public Warning {
        suggestions = List.copyOf(suggestions);
    }
}
