package dk.jobmatch.wording;

import dk.jobmatch.search.TextTerms;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warnings for the competence and task phrases that name no concept of the vocabulary.
 *
 * <p>A phrase is <em>known</em> when the index's concept analysis maps it to at least one concept
 * (its labels, stemmed, so inflections count: "rengøringen" is "rengøring"), or when one of its
 * words is a compound whose last part, as the index's Hunspell decompounder splits it, names one
 * ("hospitalsrengøring": Danish puts the head last, so that is a kind of rengøring); both are
 * {@link TextTerms#concepts}, cached per phrase for the analysis in force. A phrase
 * with one known concept and other unknown words is known: the other words still match as words,
 * and a warning per word would flag every place name and adjective. Everything else is
 * <em>unknown</em>: stored and matched word for word, but other phrasings of the same work
 * will not meet it, so the consultant is told and offered the nearest concepts.
 *
 * <p>A misspelt word that the analysis reads as a word of the vocabulary ("rengørring" as
 * "rengøring", see {@link TextTerms#readAs}) makes the phrase known, as the index reads it; the
 * phrase still gets a warning, saying what it was read as, so the consultant can check and fix it.
 * So does a word written as an abbreviation that the analysis reads by guessing ("receptio." as
 * "reception", see {@link TextTerms#abbreviationsGuessed}); the listed abbreviations are certain.
 */
@Singleton
public class PhraseWarnings {

    /** The nearest concepts offered per unknown phrase. */
    static final int SUGGESTIONS = 3;
    /** Distinct unknown phrases looked up per call; a need can carry 1,500 phrases and each lookup scans the labels. */
    private static final int MAX_LOOKUPS = 20;
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private final TextTerms terms;
    private final ConceptSuggestions suggestions;

    PhraseWarnings(TextTerms terms, ConceptSuggestions suggestions) {
        this.terms = terms;
        this.suggestions = suggestions;
    }

    /**
     * One warning per unknown phrase, and per phrase known only because a misspelt word of it was
     * read as the vocabulary's word (so the consultant sees what it was read as, and can fix it), in
     * the order given; empty when every phrase is known as written.
     */
    public List<Warning> check(List<Phrase> phrases) {
        List<Warning> warnings = new ArrayList<>();
        Map<String, List<Suggestion>> nearest = new HashMap<>();
        for (Phrase phrase : phrases) {
            if (!isUnknown(phrase)) {
                readAs(phrase).ifPresent(warnings::add);
                continue;
            }
            String text = phrase.text().strip();
            List<Suggestion> offered = nearest.size() < MAX_LOOKUPS || nearest.containsKey(text)
                    ? nearest.computeIfAbsent(text, this::nearest)
                    : List.of();
            warnings.add(new Warning(phrase.field(), message(text, offered), offered));
        }
        return List.copyOf(warnings);
    }

    /** True when the phrase names no concept and is not blank: it gets an "ukendt ord" warning. */
    public boolean isUnknown(Phrase phrase) {
        return phrase.text() != null && !phrase.text().isBlank() && !isKnown(phrase.text());
    }

    /**
     * True when {@link #check} would warn about the phrase: it is unknown, or read with a word spelt
     * otherwise or an abbreviation read by guessing.
     */
    public boolean warns(Phrase phrase) {
        return isUnknown(phrase) || (phrase.text() != null
                && (!terms.readAs(phrase.text()).isEmpty() || !terms.abbreviationsGuessed(phrase.text()).isEmpty()));
    }

    /**
     * The warning for a known phrase with misspelt words or abbreviations read by guessing, saying
     * what each was read as and offering the concepts of the words read; none without such words.
     */
    private Optional<Warning> readAs(Phrase phrase) {
        if (phrase.text() == null) {
            return Optional.empty();
        }
        Map<String, String> misspelt = terms.readAs(phrase.text());
        Map<String, String> abbreviated = terms.abbreviationsGuessed(phrase.text());
        if (misspelt.isEmpty() && abbreviated.isEmpty()) {
            return Optional.empty();
        }
        List<Suggestion> offered = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (!misspelt.isEmpty()) {
            parts.add(readings(misspelt, offered) + " (stavefejl?) - ret gerne stavningen");
        }
        if (!abbreviated.isEmpty()) {
            parts.add(readings(abbreviated, offered) + " (forkortelse) - skriv gerne ordet helt ud");
        }
        return Optional.of(new Warning(phrase.field(), String.join("; ", parts),
                offered.subList(0, Math.min(SUGGESTIONS, offered.size()))));
    }

    /** "\"written\" læst som \"word\"" for each, adding the concepts of the words read to {@code offered}. */
    private String readings(Map<String, String> read, List<Suggestion> offered) {
        List<String> as = new ArrayList<>();
        read.forEach((written, word) -> {
            as.add("\"" + written + "\" læst som \"" + word + "\"");
            suggestions.suggest(word, 1).stream().filter(s -> !offered.contains(s)).forEach(offered::add);
        });
        return String.join(", ", as);
    }

    /** True when the phrase names a concept, directly or as the head of a compound (see the class comment). */
    public boolean isKnown(String phrase) {
        return !terms.concepts(phrase).isEmpty();
    }

    /** The whole phrase's nearest concepts; else those of it written as one word (særskrivning); else its longest word's. */
    private List<Suggestion> nearest(String phrase) {
        List<Suggestion> found = suggestions.suggest(phrase, SUGGESTIONS);
        if (found.isEmpty() && phrase.contains(" ")) {
            found = suggestions.suggest(phrase.replace(" ", ""), SUGGESTIONS);
        }
        if (found.isEmpty()) {
            String longest = "";
            for (String word : NOT_A_LETTER.split(phrase)) {
                longest = word.length() > longest.length() ? word : longest;
            }
            found = longest.equals(phrase) || longest.isEmpty() ? found : suggestions.suggest(longest, SUGGESTIONS);
        }
        return found;
    }

    private static String message(String phrase, List<Suggestion> offered) {
        String start = "ukendt ord: \"" + phrase + "\" - findes ikke i ordforrådet, så det matches kun ord for ord";
        if (offered.isEmpty()) {
            return start + "; skriv gerne et mere almindeligt ord for arbejdet";
        }
        List<String> labels = offered.stream().map(s -> "\"" + s.concept().preferredLabel() + "\"").distinct().toList();
        String choices = labels.size() == 1 ? labels.getFirst()
                : labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", "))
                        + " eller " + labels.getLast();
        return start + "; mente du " + choices + "?";
    }
}
