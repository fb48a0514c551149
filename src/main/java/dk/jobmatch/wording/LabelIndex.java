package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels of one vocabulary, searched for type-ahead: labels that start with what was typed
 * first, then labels one of whose words starts with it, then labels that hold it inside (Danish
 * compounds: "rengøring" in "kontorrengøring"), then labels a few edits away ({@link EditDistance})
 * that start with the same letter.
 * A plain scan: the vocabulary has some thousands of labels and a scan takes milliseconds (see
 * docs/matching-quality.md), so no automaton or index is worth its upkeep when the vocabulary changes.
 */
final class LabelIndex {

    private static final Pattern WORD_BREAK = Pattern.compile("[ \\-/]");
    private static final int MIN_INSIDE = 3;
    private static final int MIN_FUZZY = 3;
    /** Up to this length one edit is allowed, above it two: two edits in a short word find unrelated words ("lapning" - "badning"). */
    private static final int SHORT_WORD = 7;

    /** A label with its concept and its words, split once. */
    private record Label(String text, String[] words, Concept concept) {
    }

    /** How a label fitted: the kind of match first, then the edits, then whole before beginning, then shorter labels. */
    private record Candidate(Concept concept, String label, int kind, int edits, boolean whole) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::kind)
            .thenComparingInt(Candidate::edits)
            .thenComparing(c -> !c.whole())
            .thenComparingInt(c -> c.label().length())
            .thenComparing(Candidate::label);

    private final ConceptVocabulary vocabulary;
    private final List<Label> labels;

    LabelIndex(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.labels = vocabulary.labels().entrySet().stream()
                .map(e -> new Label(e.getKey(), WORD_BREAK.split(e.getKey()), e.getValue()))
                .toList();
    }

    ConceptVocabulary vocabulary() {
        return vocabulary;
    }

    /** At most {@code limit} concepts for the typed text, best first, each once with its best label. */
    List<Suggestion> suggest(String typed, int limit) {
        String query = ConceptVocabulary.normalise(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        int maxEdits = query.length() < MIN_FUZZY ? -1 : query.length() <= SHORT_WORD ? 1 : 2;
        List<Candidate> candidates = new ArrayList<>();
        EditDistance.Rows rows = new EditDistance.Rows();
        for (Label label : labels) {
            Candidate candidate = candidate(query, label, maxEdits, rows);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        candidates.sort(BEST_FIRST);
        List<Suggestion> best = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (best.size() == limit) {
                break;
            }
            if (seen.add(candidate.concept().id())) {
                best.add(new Suggestion(candidate.concept(), candidate.label()));
            }
        }
        return List.copyOf(best);
    }

    private static Candidate candidate(String query, Label entry, int maxEdits, EditDistance.Rows rows) {
        String label = entry.text();
        Concept concept = entry.concept();
        if (label.startsWith(query)) {
            return new Candidate(concept, label, 0, 0, label.length() == query.length());
        }
        if (startsAWord(query, entry.words())) {
            return new Candidate(concept, label, 1, 0, false);
        }
        if (query.length() >= MIN_INSIDE && label.contains(query)) {
            return new Candidate(concept, label, 2, 0, false);
        }
        // As Lucene's FuzzySuggester (a non-fuzzy prefix of 1): people rarely miss the first
        // letter, and requiring it spares the distance table for most labels.
        if (maxEdits < 0 || label.charAt(0) != query.charAt(0)) {
            return null;
        }
        EditDistance.Fit fit = EditDistance.fit(query, label, maxEdits, rows);
        return fit == null ? null : new Candidate(concept, label, 3, fit.edits(), fit.whole());
    }

    private static boolean startsAWord(String query, String[] words) {
        for (String word : words) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return false;
    }
}
