package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.BipIndicator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.jobmatch.agreement.Courses.RECORDED;
import static dk.jobmatch.agreement.Courses.START;
import static dk.jobmatch.agreement.Courses.measured;
import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @Test
    void firstAndLatestByFollowUpDateNotByWhenRecorded() {
        List<FollowUp> followUps = List.of(
                measured(START.plusWeeks(6), 60, null, Map.of(BipIndicator.ENERGY, 3), RECORDED),
                measured(START.plusWeeks(2), 44, 22, Map.of(BipIndicator.ENERGY, 2, BipIndicator.HEALTH, 3),
                        RECORDED.plusSeconds(3600)),
                measured(START.plusWeeks(12), null, 31, Map.of(), RECORDED),
                measured(START.plusWeeks(4), null, null, Map.of(), RECORDED));
        Measures measures = Measures.of(followUps);

        assertThat(measures.who5()).isEqualTo(new Measures.Pair(44, 60));
        assertThat(measures.gse()).isEqualTo(new Measures.Pair(22, 31));
        assertThat(measures.bip()).containsOnlyKeys(BipIndicator.ENERGY, BipIndicator.HEALTH)
                .containsEntry(BipIndicator.ENERGY, new Measures.Pair(2, 3))
                .containsEntry(BipIndicator.HEALTH, new Measures.Pair(3, 3));
    }

    @Test
    void onTheSameDateTheLaterRecordedIsTheLatest() {
        List<FollowUp> followUps = List.of(measured(START, 70, null, Map.of(), RECORDED.plusSeconds(60)),
                measured(START, 50, null, Map.of(), RECORDED));
        assertThat(Measures.of(followUps).who5()).isEqualTo(new Measures.Pair(50, 70));
    }

    @Test
    void nothingRecordedIsAbsent() {
        Measures none = Measures.of(List.of(Courses.followUp(START, 9, 75)));
        assertThat(none.who5()).isEqualTo(new Measures.Pair(null, null));
        assertThat(none.gse()).isEqualTo(new Measures.Pair(null, null));
        assertThat(none.bip()).isEmpty();
    }
}
