package dk.jobmatch.employer;

import dk.jobmatch.wording.Phrase;

import java.util.ArrayList;
import java.util.List;

/** The phrases of a need that are checked against the vocabulary: its task titles and their competences. */
final class NeedPhrases {

    private NeedPhrases() {
    }

    static List<Phrase> of(Need need) {
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < need.tasks().size(); i++) {
            Task task = need.tasks().get(i);
            phrases.add(new Phrase("tasks[" + i + "].title", task.title()));
            for (int j = 0; j < task.competences().size(); j++) {
                phrases.add(new Phrase("tasks[" + i + "].competences[" + j + "]", task.competences().get(j)));
            }
        }
        return phrases;
    }
}
