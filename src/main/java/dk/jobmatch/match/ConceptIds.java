package dk.jobmatch.match;

import java.util.List;

/**
 * The ids of the concepts a phrase or a profile names, in a fixed order, with their numbers in a
 * {@link ConceptCredit}: the scorer compares concepts by number (an array lookup, no hashing:
 * docs/performance.md, issue 23), the ids stay for explanations. The numbers are worked out on
 * first use with a credit and kept until another credit (a changed vocabulary) asks, so a phrase
 * kept between requests ({@link ProfilePhrases}) is numbered once per vocabulary. Equal by ids.
 */
final class ConceptIds {

    static final ConceptIds NONE = new ConceptIds(List.of());

    private final List<String> ids;
    /**
     * The numbers in the credit last asked. Read and written without locking: the record is
     * immutable (final fields), so a thread sees a whole one or none and at worst works it out again.
     */
    private Numbered numbered;

    private record Numbered(ConceptCredit credit, int[] numbers) {
    }

    ConceptIds(List<String> ids) {
        this.ids = List.copyOf(ids);
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
