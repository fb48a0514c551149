package dk.jobmatch.wording;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded edit distance behind the fuzzy suggestions. */
class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach() {
        assertThat(EditDistance.fit("rengøring", "rengøring", 2)).isEqualTo(new EditDistance.Fit(0, true));
        assertThat(EditDistance.fit("rengørring", "rengøring", 2)).isEqualTo(new EditDistance.Fit(1, true));
        assertThat(EditDistance.fit("rengøing", "rengøring", 2)).isEqualTo(new EditDistance.Fit(1, true));
        assertThat(EditDistance.fit("rengøeing", "rengøring", 2)).isEqualTo(new EditDistance.Fit(1, true));
        assertThat(EditDistance.fit("rengørnig", "rengøring", 2)).isEqualTo(new EditDistance.Fit(1, true));
        assertThat(EditDistance.fit("regnørnig", "rengøring", 2)).isEqualTo(new EditDistance.Fit(2, true));
    }

    @Test
    void aTypedBeginningFitsTheLabelItStarts() {
        assertThat(EditDistance.fit("vinduesp", "vinduespudsning", 1)).isEqualTo(new EditDistance.Fit(0, false));
        assertThat(EditDistance.fit("vindeusp", "vinduespudsning", 1)).isEqualTo(new EditDistance.Fit(1, false));
    }

    @Test
    void moreEditsThanTheBoundIsNoFit() {
        assertThat(EditDistance.fit("truck", "rengøring", 2)).isNull();
        assertThat(EditDistance.fit("rengøringsassistent", "rengøring", 2)).isNull();
        assertThat(EditDistance.fit("abc", "xyz", 2)).isNull();
        assertThat(EditDistance.fit("", "", 0)).isEqualTo(new EditDistance.Fit(0, true));
    }
}
