package dk.jobmatch.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids are UUIDs that never repeat, that sort together when made together (a sequence first), and
 * that do not carry the time they were made.
 */
class IdsTest {

    @Test
    void idsAreVersion8UuidsWithRandomBitsAfterTheSequence() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(UUID.fromString(Ids.newId()));
        }

        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(8);
            assertThat(id.variant()).isEqualTo(2);
        });
        // The low 64 bits are random: a thousand ids share none of them.
        assertThat(ids.stream().map(UUID::getLeastSignificantBits).distinct()).hasSize(1_000);
    }

    @Test
    void idsMadeLaterSortAfterAndNoneRepeats() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            made.add(Ids.newId());
        }

        assertThat(new HashSet<>(made)).hasSize(100_000);
        // In the order made, unless the 48-bit sequence wrapped around within these (1 in 2.8 billion).
        long descents = 0;
        for (int i = 1; i < made.size(); i++) {
            if (made.get(i).compareTo(made.get(i - 1)) <= 0) {
                descents++;
            }
        }
        assertThat(descents).isLessThanOrEqualTo(1);
    }

    @Test
    void anIdDoesNotTellTheTimeItWasMade() {
        long now = System.currentTimeMillis();
        long prefix = UUID.fromString(Ids.newId()).getMostSignificantBits() >>> 16;

        // A clock prefix would be within a second of now; a random start is not, bar 1 in 100 billion.
        assertThat(Math.abs(prefix - now)).isGreaterThan(1_000L);
    }
}
