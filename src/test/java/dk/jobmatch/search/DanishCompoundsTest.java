package dk.jobmatch.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compounds split by the Danish Hunspell dictionary alone (issue 24): none of these parts is in
 * {@code search/compound-parts-da.txt} or a one-word label of the concept vocabulary.
 */
class DanishCompoundsTest {

    private static final DanishCompounds COMPOUNDS = new DanishCompounds(DanishDictionary.shared(), 3);

    @Test
    void partsAreDictionaryWordsWithoutJointsOrInflections() {
        // rengøring + s, seng + e, lager + nothing: the dictionary's flags say which joint a word takes.
        assertThat(COMPOUNDS.split("rengøringsassistenter")).containsExactly("rengøring", "assistent");
        assertThat(COMPOUNDS.split("sengeredning")).containsExactly("seng", "redning");
        assertThat(COMPOUNDS.split("lagerarbejderen")).containsExactly("lager", "arbejder");
        assertThat(COMPOUNDS.split("morgenbuffet")).containsExactly("morgen", "buffet");
        assertThat(COMPOUNDS.split("håndscanner")).containsExactly("hånd", "scanner");
    }

    @Test
    void theFewestPartsWin() {
        assertThat(COMPOUNDS.split("pædagogmedhjælper")).containsExactly("pædagog", "medhjælper");
    }

    @Test
    void wordsThatAreNoCompoundStayWhole() {
        assertThat(COMPOUNDS.split("børnene")).isEmpty();
        assertThat(COMPOUNDS.split("rengøring")).isEmpty();
        assertThat(COMPOUNDS.split("chaufførerne")).isEmpty();
        // a prefix is no part: "for-" is an entry only for hyphenated words
        assertThat(COMPOUNDS.split("forsikring")).isEmpty();
        // a misspelling the dictionary does not know is not guessed at
        assertThat(COMPOUNDS.split("xyzzyplugh")).isEmpty();
    }

    @Test
    void jointsAreReadFromTheAffixFile() {
        CompoundJoints joints = DanishDictionary.shared().joints();
        assertThat(joints.candidates("rengørings")).anySatisfy(joint -> assertThat(joint.stemOf("rengørings")).isEqualTo("rengøring"));
        assertThat(joints.candidates("senge")).anySatisfy(joint -> assertThat(joint.stemOf("senge")).isEqualTo("seng"));
    }
}
