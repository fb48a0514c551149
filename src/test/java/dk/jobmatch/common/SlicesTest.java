package dk.jobmatch.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlicesTest {

    @Test
    void slicesKeepTheOrderAndOnlyTheLastIsShort() {
        List<Integer> numbers = IntStream.range(0, 25).boxed().toList();

        List<List<Integer>> slices = Slices.of(numbers, 10);

        assertThat(slices).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(slices.stream().flatMap(List::stream)).containsExactlyElementsOf(numbers);
    }

    @Test
    void anEmptyListHasNoSlicesAndAnExactMultipleNoShortOne() {
        assertThat(Slices.of(List.of(), 3)).isEmpty();
        assertThat(Slices.of(List.of(1, 2, 3, 4), 2)).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(Slices.of(List.of(1, 2), 5)).containsExactly(List.of(1, 2));
    }

    @Test
    void aSliceHoldsAtLeastOneElement() {
        assertThatThrownBy(() -> Slices.of(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
