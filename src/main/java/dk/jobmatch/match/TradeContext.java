package dk.jobmatch.match;

import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The trades each side of a pair works in, read from the concepts its phrases name: the need's
 * title and its tasks' titles and competences, the profile's competences, goals and experience.
 * A general competence ("sortering", "oprydning") names no trade; when only a shared word joins it
 * to a phrase of a trade the general side's own context does not name, the two are less likely the
 * same work: the laundry's "sortering" of linen is not the recycling centre's "affaldssortering".
 * Such a match earns {@value #ELSEWHERE} (docs/matching-quality.md, "Scoring rules and relations").
 * A side whose phrases name no trade decides nothing: the word decides, as before.
 *
 * @param need    the trades the need's phrases name
 * @param profile the trades the citizen's phrases name
 */
record TradeContext(Set<String> need, Set<String> profile) {

    /** What a general competence earns through a word shared with a phrase of another trade. */
    static final double ELSEWHERE = 0.5;
    static final TradeContext NONE = new TradeContext(Set.of(), Set.of());
    private static final String GENERAL = "general";
    private static final String DISCO = "disco";

    TradeContext {
        need = Set.copyOf(need);
        profile = Set.copyOf(profile);
    }

    /** The trades a need's title, task titles and task competences name (immutable, so each pair's context shares it). */
    static Set<String> of(Need need, Function<String, PhraseCredit.Phrase> phrases) {
        return Set.copyOf(trades(workConcepts(need, phrases)));
    }

    /** The concepts a need's own work names: its title, its tasks' titles and competences, in name order. */
    static Set<String> workConcepts(Need need, Function<String, PhraseCredit.Phrase> phrases) {
        Set<String> ids = new TreeSet<>();
        if (need.title() != null) {
            ids.addAll(phrases.apply(need.title()).concepts().ids());
        }
        for (Task task : need.tasks()) {
            if (task.title() != null) {
                ids.addAll(phrases.apply(task.title()).concepts().ids());
            }
            task.competences().forEach(c -> ids.addAll(phrases.apply(c).concepts().ids()));
        }
        return ids;
    }

    /** The trades of some concepts, general competences and DISCO groups left out, in name order. */
    static Set<String> trades(Collection<String> concepts) {
        Set<String> trades = new TreeSet<>();
        for (String id : concepts) {
            String trade = PhraseCredit.trade(id);
            if (!trade.equals(GENERAL) && !trade.equals(DISCO)) {
                trades.add(trade);
            }
        }
        return trades;
    }

    /**
     * {@code got}, what {@code wanted} (a need's phrase) earned from {@code own} (the citizen's), in
     * this context: a word shared by a general competence and a phrase of trades the general
     * side's context does not name earns {@value #ELSEWHERE} at most.
     */
    PhraseCredit.Credit weigh(PhraseCredit.Credit got, PhraseCredit.Phrase wanted, PhraseCredit.Phrase own) {
        if (got.share() <= ELSEWHERE || got.byConcept()) {
            return got;
        }
        if (elsewhere(wanted, own, need) || elsewhere(own, wanted, profile)) {
            return new PhraseCredit.Credit(ELSEWHERE, null, null, null);
        }
        return got;
    }

    /**
     * Whether {@code general} names general competences only, {@code other} names concepts of
     * trades only, and {@code context} (the general side's) names trades, none of them {@code other}'s.
     */
    private static boolean elsewhere(PhraseCredit.Phrase general, PhraseCredit.Phrase other, Set<String> context) {
        // The phrases' trades as their concepts give them once (ConceptIds), not sets built per pair.
        if (context.isEmpty() || general.concepts().isEmpty() || other.concepts().isEmpty()
                || !general.concepts().allGeneral()) {
            return false;
        }
        return ofOtherTrades(other, context);
    }

    /**
     * Whether {@code phrase} names concepts of trades only (no general competence) and none of those
     * trades is in {@code context}.
     */
    static boolean ofOtherTrades(PhraseCredit.Phrase phrase, Set<String> context) {
        List<String> trades = phrase.concepts().trades();
        if (trades.isEmpty() || phrase.concepts().anyGeneral()) {
            return false;
        }
        for (String trade : trades) {
            if (context.contains(trade)) {
                return false;
            }
        }
        return true;
    }
}
