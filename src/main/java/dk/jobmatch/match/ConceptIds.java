package dk.jobmatch.match;

import java.util.Arrays;
import java.util.List;

/**
 * The ids of the concepts a phrase or a profile names, in a fixed order, with their numbers in a
 * {@link ConceptCredit}: the scorer compares concepts by number (an array lookup, no hashing:
 * docs/performance.md, issue 23), the ids stay for explanations. The numbers are worked out on
 * first use with a credit and kept until another credit (a changed vocabulary) asks, so a phrase
 * kept between requests ({@link ProfilePhrases}) is numbered once per vocabulary. Each id's trade
 * is cut from it once, here, not for each pair a scorer compares (docs/performance.md, "Scoring
 * without hashing"). Equal by ids.
 */
final class ConceptIds {

    static final ConceptIds NONE = new ConceptIds(List.of());

    private final List<String> ids;
    /** Each id's trade ({@link PhraseCredit#trade}), in the order of {@link #ids}. */
    private final String[] trades;
    /** The trades without general competences and DISCO groups ({@link TradeContext#trades}), in name order. */
    private final List<String> named;
    private final boolean allGeneral;
    private final boolean anyGeneral;
    /**
     * The numbers in the credit last asked. Read and written without locking: the record is
     * immutable (final fields), so a thread sees a whole one or none and at worst works it out again.
     */
    private Numbered numbered;

    private record Numbered(ConceptCredit credit, int[] numbers) {
    }

    ConceptIds(List<String> ids) {
        this.ids = List.copyOf(ids);
        this.trades = this.ids.stream().map(PhraseCredit::trade).toArray(String[]::new);
        this.named = List.copyOf(TradeContext.trades(this.ids));
        this.allGeneral = Arrays.stream(trades).allMatch(PhraseCredit.GENERAL::equals);
        this.anyGeneral = Arrays.stream(trades).anyMatch(PhraseCredit.GENERAL::equals);
    }

    /** The trade of the {@code i}th id. */
    String trade(int i) {
        return trades[i];
    }

    /** The trades these concepts name, general competences and DISCO groups left out, in name order. */
    List<String> trades() {
        return named;
    }

    /** Whether every concept is a general competence (true for none). */
    boolean allGeneral() {
        return allGeneral;
    }

    /** Whether any concept is a general competence. */
    boolean anyGeneral() {
        return anyGeneral;
    }

    List<String> ids() {
        return ids;
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Each id's number in {@code credit}, in order; -1 for an id it does not number. */
    int[] numbersIn(ConceptCredit credit) {
        Numbered known = numbered;
        if (known == null || known.credit() != credit) {
            known = new Numbered(credit, credit.numbers(ids));
            numbered = known;
        }
        return known.numbers();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConceptIds that && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @Override
    public String toString() {
        return ids.toString();
    }
}
