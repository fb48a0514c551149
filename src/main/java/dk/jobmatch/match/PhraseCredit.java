package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptTerms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of one phrase another phrase covers, compared the way the index compares text: a
 * shared indexed term (stem, compound part, synonym) or the same concept counts fully, a related
 * concept ({@link ConceptCredit}) partly. A shared word counts only {@value #FALSE_FRIEND} when both
 * phrases name concepts, of other trades, and none of them are related: "trappevask" and
 * "opvasker" share the part "vask", "dagplejer" and "plejehjem" the part "pleje", yet the concepts
 * say they are other work (0 measured worse than a little: docs/matching-quality.md). Within a
 * trade, with a general competence ("sortering") or where a side names no concept (free text, a
 * word the vocabulary lacks) the word decides, as before; a pair's scorer then weighs a general
 * competence's word by the trades of the pair ({@link TradeContext}).
 */
final class PhraseCredit {

    /** What a shared word earns when the concepts of both phrases say they are unrelated work of other trades. */
    static final double FALSE_FRIEND = 0.25;
    static final String GENERAL = "general";

    private final ConceptCredit concepts;
    /** What each wanted phrase earned from each own phrase, both by identity; null: nothing kept. */
    private final Map<Phrase, Map<Phrase, Credit>> earned;

    PhraseCredit(ConceptCredit concepts) {
        this(concepts, null);
    }

    private PhraseCredit(ConceptCredit concepts, Map<Phrase, Map<Phrase, Credit>> earned) {
        this.concepts = concepts;
        this.earned = earned;
    }

    /**
     * The same credit for one request (one thread), remembering what each wanted phrase earned
     * from each own phrase: a pool's profiles share phrases ("rengøring", {@link ProfilePhrases}
     * gives them one instance), which a request compares with the same wanted phrases (its
     * scorer analyses each once), so most comparisons of a pool were made before.
     */
    static PhraseCredit forOneRequest(ConceptCredit concepts) {
        return new PhraseCredit(concepts, new IdentityHashMap<>());
    }

    /** A phrase's terms, split into word terms and the concepts it names (in a fixed order). */
    record Phrase(String text, Set<String> words, ConceptIds concepts) {

        Phrase(String text, Set<String> words, List<String> concepts) {
            this(text, words, new ConceptIds(concepts));
        }

        static Phrase of(String text, Set<String> terms) {
            Set<String> words = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (String term : terms) {
                String id = ConceptTerms.idOf(term);
                if (id == null) {
                    words.add(term);
                } else {
                    ids.add(id);
                }
            }
            ids.sort(null); // a fixed order, so the concepts an explanation names do not vary
            return new Phrase(text, Set.copyOf(words), ids);
        }

        /** The same words without concepts: free text, whose concepts are named in passing. */
        Phrase wordsOnly() {
            return new Phrase(text, words, ConceptIds.NONE);
        }
    }

    /**
     * What a phrase earns from another: {@code share} 0 to 1; for a concept's credit, {@code own} the
     * other phrase and {@code wantedConcept} / {@code ownConcept} the two concepts that related them.
     */
    record Credit(double share, String own, String wantedConcept, String ownConcept) {
        static final Credit NONE = new Credit(0, null, null, null);
        static final Credit FULL = new Credit(1, null, null, null);

        boolean byConcept() {
            return own != null;
        }
    }

    /** What {@code wanted} earns from {@code own}. */
    Credit of(Phrase wanted, Phrase own) {
        if (earned == null) {
            return compared(wanted, own);
        }
        Map<Phrase, Credit> byOwn = earned.get(wanted);
        if (byOwn == null) {
            byOwn = new IdentityHashMap<>();
            earned.put(wanted, byOwn);
        }
        Credit known = byOwn.get(own);
        if (known == null) {
            known = compared(wanted, own);
            byOwn.put(own, known);
        }
        return known;
    }

    private Credit compared(Phrase wanted, Phrase own) {
        Credit best = Credit.NONE;
        if (!wanted.concepts().isEmpty() && !own.concepts().isEmpty()) {
            // By number (docs/performance.md, issue 23); an id the credit does not number by id.
            int[] as = wanted.concepts().numbersIn(concepts);
            int[] bs = own.concepts().numbersIn(concepts);
            for (int i = 0; i < as.length; i++) {
                for (int j = 0; j < bs.length; j++) {
                    double share = as[i] < 0 || bs[j] < 0
                            ? concepts.of(wanted.concepts().ids().get(i), own.concepts().ids().get(j))
                            : concepts.of(as[i], bs[j]);
                    if (share > best.share()) {
                        best = new Credit(share, own.text(), wanted.concepts().ids().get(i), own.concepts().ids().get(j));
                    }
                }
            }
        }
        if (!Collections.disjoint(wanted.words(), own.words())) {
            boolean unrelated = best.share() == 0 && otherTrades(wanted, own);
            if (!unrelated) {
                return Credit.FULL; // a shared word: no concept to name
            }
            if (FALSE_FRIEND > 0) {
                return new Credit(FALSE_FRIEND, null, null, null);
            }
        }
        return best;
    }

    /** Whether a concept of {@code some} earns any credit from one of {@code others}, or the reverse. */
    boolean related(ConceptIds some, List<String> others) {
        for (String a : some.ids()) {
            for (String b : others) {
                if (concepts.of(a, b) > 0 || concepts.of(b, a) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A concept's preferred label, for explanations. */
    String label(String conceptId) {
        return concepts.label(conceptId);
    }

    /**
     * Whether both phrases name concepts and every concept of one is filed under another trade than
     * every concept of the other (general competences such as "sortering" belong to every trade).
     */
    private static boolean otherTrades(Phrase wanted, Phrase own) {
        if (wanted.concepts().isEmpty() || own.concepts().isEmpty()) {
            return false;
        }
        ConceptIds as = wanted.concepts();
        ConceptIds bs = own.concepts();
        for (int i = 0; i < as.ids().size(); i++) {
            String trade = as.trade(i);
            for (int j = 0; j < bs.ids().size(); j++) {
                if (trade.equals(bs.trade(j)) || trade.equals(GENERAL) || bs.trade(j).equals(GENERAL)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A concept's trade: the first part of its id ("cleaning", "general", "disco"). */
    static String trade(String conceptId) {
        int dot = conceptId.indexOf('.');
        return dot < 0 ? conceptId : conceptId.substring(0, dot);
    }

    /** The best {@code wanted} earns from any of {@code own} (the first of equals). */
    Credit best(Phrase wanted, List<Phrase> own) {
        return best(wanted, own, TradeContext.NONE);
    }

    /** The best {@code wanted} earns from any of {@code own} in the pair's {@code context}. */
    Credit best(Phrase wanted, List<Phrase> own, TradeContext context) {
        Credit best = Credit.NONE;
        for (Phrase phrase : own) {
            Credit got = context.weigh(of(wanted, phrase), wanted, phrase);
            if (got.share() == 1 && !got.byConcept()) {
                return got; // a shared word, as an explanation says it: no concept to name
            }
            if (got.share() > best.share()) {
                best = got;
            }
        }
        return best;
    }
}
