package dk.jobmatch.citizen;

import dk.jobmatch.wording.Phrase;

import java.util.ArrayList;
import java.util.List;

/** The phrases of a profile that are checked against the vocabulary: its competences and job goals. */
final class CitizenPhrases {

    private CitizenPhrases() {
    }

    static List<Phrase> of(Citizen citizen) {
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < citizen.competences().size(); i++) {
            phrases.add(new Phrase("competences[" + i + "]", citizen.competences().get(i)));
        }
        for (int i = 0; i < citizen.jobGoals().size(); i++) {
            phrases.add(new Phrase("jobGoals[" + i + "].title", citizen.jobGoals().get(i).title()));
        }
        return phrases;
    }
}
