package dk.jobmatch.vocabulary;

/**
 * How a concept is written among the terms of analysed text: "@" and its id
 * ("@childcare.paedagogmedhjaelper"). No word's term can start with "@" (the tokenizer never keeps
 * one), so concept terms and word terms can share an index field and a set of terms.
 */
public final class ConceptTerms {

    private static final String PREFIX = "@";

    private ConceptTerms() {
    }

    /** The term for a concept id. */
    public static String term(String conceptId) {
        return PREFIX + conceptId;
    }

    /** The concept id a term stands for, or null for a word's term. */
    public static String idOf(String term) {
        return term.startsWith(PREFIX) ? term.substring(PREFIX.length()) : null;
    }
}
