package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptTerms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everyday synonyms from the Danish thesaurus of Stavekontrolden (mythes-da; derived, narrowed file
 * {@code thesaurus/da/synonyms-da.tsv}, tools/derive_thesaurus.py), as the analysis reads them: a word
 * term to the word terms of its synonyms, and to the concepts those synonyms are labels of. A
 * measurement of issue 24 (docs/matching-quality.md, "The Danish thesaurus"): off unless the system
 * property {@code jobmatch.thesaurus} names a variant ("T" text part, "U" unknown phrases, "TU" both),
 * and {@code jobmatch.thesaurus.senses} bounds an entry's senses (default 4, what the file keeps).
 */
final class Thesaurus {

    static final String VARIANT = System.getProperty("jobmatch.thesaurus", "");
    static final boolean TEXT = VARIANT.contains("T");
    static final boolean UNKNOWN = VARIANT.contains("U");
    static final int SENSES = Integer.getInteger("jobmatch.thesaurus.senses", 4);
    /** Whether a synonym must itself be a word of the vocabulary's labels. */
    static final boolean VOCABULARY_ONLY = Boolean.getBoolean("jobmatch.thesaurus.vocabulary");
    /** What a word earns in the text part from a synonym the profile holds: a related concept's credit. */
    static final double CREDIT = Double.parseDouble(System.getProperty("jobmatch.thesaurus.credit",
            String.valueOf(ConceptCredit.WITHIN)));

    record Entry(String head, int senses, List<String> synonyms) {
    }

    /** Synonyms by analysed word, and concepts by analysed word. */
    record Read(Map<String, Set<String>> words, Map<String, Set<String>> concepts) {
    }

    private static final List<Entry> ENTRIES = VARIANT.isEmpty() ? List.of() : announced(load(SENSES));

    private Thesaurus() {
    }

    private static List<Entry> announced(List<Entry> entries) {
        // On stderr, so a measurement's surefire output shows which variant ran.
        System.err.println("Thesaurus variant " + VARIANT + ", senses <= " + SENSES + ", credit " + CREDIT
                + (VOCABULARY_ONLY ? ", vocabulary words only" : "") + ", " + entries.size() + " entries");
        return entries;
    }

    /** The extract's entries of at most {@code maxSenses} senses. */
    static List<Entry> load(int maxSenses) {
        InputStream in = Thesaurus.class.getResourceAsStream("/thesaurus/da/synonyms-da.tsv");
        if (in == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                int senses = Integer.parseInt(parts[1]);
                if (senses <= maxSenses) {
                    entries.add(new Entry(parts[0], senses, List.of(parts[2].split(","))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    /** The thesaurus as {@code terms} analyses it ({@link ConceptCredit#thesaurus} keeps it per vocabulary). */
    static Read read(Function<String, Set<String>> terms, Set<String> vocabularyWords) {
        Map<String, Set<String>> analysed = new HashMap<>();
        Function<String, Set<String>> once = word -> analysed.computeIfAbsent(word, terms);
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Set<String>> concepts = new HashMap<>();
        for (Entry entry : ENTRIES) {
            String head = single(once.apply(entry.head()));
            if (head == null) {
                continue;
            }
            for (String synonym : entry.synonyms()) {
                Set<String> its = once.apply(synonym);
                String word = single(its);
                if (word != null && !word.equals(head) && (!VOCABULARY_ONLY || vocabularyWords.contains(word))) {
                    words.computeIfAbsent(head, k -> new TreeSet<>()).add(word);
                }
                its.stream().map(ConceptTerms::idOf).filter(id -> id != null)
                        .forEach(id -> concepts.computeIfAbsent(head, k -> new TreeSet<>()).add(id));
            }
        }
        return new Read(Map.copyOf(words), Map.copyOf(concepts));
    }

    /** The one word term of a word's analysis, or null (none, or a compound's several). */
    private static String single(Set<String> terms) {
        String word = null;
        for (String term : terms) {
            if (ConceptTerms.idOf(term) == null) {
                if (word != null) {
                    return null;
                }
                word = term;
            }
        }
        return word;
    }

    /**
     * Variant U: a phrase's terms, and when they name no concept, the concepts its words' synonyms
     * are labels of (so "skrald" reads as the concept "affald" has).
     */
    static Set<String> withSynonymConcepts(Set<String> terms, Read read) {
        if (terms.stream().anyMatch(term -> ConceptTerms.idOf(term) != null)) {
            return terms;
        }
        Set<String> more = new HashSet<>(terms);
        for (String term : terms) {
            Set<String> ids = read.concepts().get(term);
            if (ids != null) {
                ids.forEach(id -> more.add(ConceptTerms.term(id)));
            }
        }
        return more.size() == terms.size() ? terms : Set.copyOf(more);
    }
}
