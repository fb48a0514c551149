package dk.jobmatch.vocabulary;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltOnceTest {

    private static final String ONE = "cleaning.gulvvask\tCOMPETENCE\tgulvvask\t-\tvaske gulve\n";
    private static final String OTHER = "cleaning.vinduespudsning\tCOMPETENCE\tvinduespudsning\t-\tpudse vinduer\n";

    private final AtomicInteger builds = new AtomicInteger();
    private final BuiltOnce<String> built = new BuiltOnce<>();

    private String build(ConceptVocabulary vocabulary) {
        return "built " + builds.incrementAndGet() + " of " + vocabulary.toText();
    }

    @Test
    void theSameContentIsBuiltOnceWhicheverInstanceAsksForIt() {
        String first = built.of(ConceptVocabulary.parse(ONE, "a"), this::build);
        String again = built.of(ConceptVocabulary.parse(ONE, "b"), this::build);

        assertThat(again).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void otherContentIsBuiltAndThenKeptInsteadOfTheFirst() {
        built.of(ConceptVocabulary.parse(ONE, "a"), this::build);
        String other = built.of(ConceptVocabulary.parse(OTHER, "a"), this::build);
        String back = built.of(ConceptVocabulary.parse(ONE, "a"), this::build);

        assertThat(other).contains("vinduespudsning");
        assertThat(back).contains("gulvvask").isNotEqualTo(other);
        assertThat(builds).hasValue(3);
    }
}
