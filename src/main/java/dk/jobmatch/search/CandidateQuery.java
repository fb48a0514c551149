package dk.jobmatch.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Retrieval of match candidates: every document of the type that passes all criteria (documents
 * that match nothing still qualify, with score 0), best first. With groups, ranked by the weight of
 * the groups a document matches (each counts once, however many of its terms match), so the pool
 * a capped query returns follows what the matcher's fit rests on (competences covered, a job goal)
 * rather than how often a word occurs or how long a profile is; the text is then not used. Without
 * groups (or when none has a term), ranked by BM25 relevance of the text.
 */
public record CandidateQuery(String type, String text, Map<String, Float> textFields, List<Group> groups,
                             List<Criterion> criteria, int limit) {

    public CandidateQuery {
        textFields = Collections.unmodifiableSortedMap(new TreeMap<>(textFields));
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
    }

    public CandidateQuery(String type, String text, Map<String, Float> textFields, List<Criterion> criteria, int limit) {
        this(type, text, textFields, List.of(), criteria, limit);
    }

    /**
     * Words that count once, with this weight, when a document has any of them in these fields: the
     * terms {@code text} is indexed under, or, when it is null, the indexed {@code terms} given (words
     * and concept terms as the index has them). A document without them that has one of the
     * {@code related} terms (concept terms of related concepts) counts {@code relatedWeight} instead,
     * never both. With {@code scaledBy}, what the group counts is multiplied by the document's
     * {@link IndexDocument.Weight} of that name (null: counted as it is).
     */
    public record Group(String text, Set<String> terms, List<String> fields, float weight, Set<String> related,
                        float relatedWeight, String scaledBy) {

        public Group {
            terms = sorted(terms);
            fields = List.copyOf(fields);
            related = sorted(related);
        }

        public Group(String text, List<String> fields, float weight, Set<String> related, float relatedWeight) {
            this(text, Set.of(), fields, weight, related, relatedWeight, null);
        }

        /** This group with what it counts scaled by the document's weight {@code weight} ({@link #scaledBy}). */
        public Group scaledBy(String weight) {
            return new Group(text, terms, fields, this.weight, related, relatedWeight, weight);
        }

        public Group(String text, List<String> fields, float weight) {
            this(text, fields, weight, Set.of(), 0);
        }

        /**
         * In the terms' own order. Set.copyOf's order is salted afresh in every JVM, and the query's
         * clauses follow this order: it decides which terms a capped clause budget leaves out and
         * in which order Lucene adds the scores up, so the same request could rank differently
         * after a restart.
         */
        private static Set<String> sorted(Set<String> terms) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(terms));
        }

        /** One indexed term that counts {@code weight} when a document has it in these fields. */
        public static Group ofTerm(String term, List<String> fields, float weight) {
            return new Group(null, Set.of(term), fields, weight, Set.of(), 0, null);
        }
    }
}
