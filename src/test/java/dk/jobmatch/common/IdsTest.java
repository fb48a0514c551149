package dk.jobmatch.common;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids are UUIDs that sort in the order they were made (by millisecond) and never repeat. */
class IdsTest {

    @Test
    void idsAreVersion7UuidsWithTheirMillisecondFirst() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(Ids.newId());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsMadeInALaterMillisecondSortAfterAndNoneRepeats() throws InterruptedException {
        String first = Ids.newId();
        Thread.sleep(2);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.newId());
        }

        assertThat(ids).hasSize(100_000).allSatisfy(id -> assertThat(id).isGreaterThan(first));
    }
}
