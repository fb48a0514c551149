package dk.jobmatch.match;

import dk.jobmatch.citizen.JobGoal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job goal of another trade than the need's own work, which the need's text names only in passing
 * (issue 24, "Scoring by trade"): it earns {@link GoalFit#ELSEWHERE} at most and no longer makes the
 * pair STRONG. The phrases' terms are written out as the Danish analysis makes them, so the rule is
 * tested alone.
 */
class GoalElsewhereTest {

    private static final Map<String, PhraseCredit.Phrase> PHRASES = Map.of(
            "arbejde på hotel", phrase("arbejde på hotel", Set.of("arbejde", "hotel"), "hotel.hotelarbejde"),
            "Industrivaskeri for hoteller og plejecentre", phrase("Industrivaskeri for hoteller og plejecentre",
                    Set.of("industrivaskeri", "vaskeri", "hotel", "plejecenter"),
                    "care.plejehjem", "hotel.hotelarbejde", "laundry.vaskeriarbejde"),
            "Modtagelse af hotellets gæster", phrase("Modtagelse af hotellets gæster", Set.of("modtagelse", "hotel", "gæst"),
                    "hotel.modtagelse-af-hotelgaester"),
            "arbejde med returvarer", phrase("arbejde med returvarer", Set.of("arbejde", "returvare", "vare"),
                    "retail.returvarer-og-reklamationer"),
            "Returnerede varer sættes tilbage på lager", phrase("Returnerede varer sættes tilbage på lager",
                    Set.of("returnere", "vare", "lager"), "warehouse.lagerarbejde"),
            "Hjælp i et vaskeri", phrase("Hjælp i et vaskeri", Set.of("hjælp", "vaskeri")));

    private final PhraseCredit credit = new PhraseCredit(ConceptCredit.danish());
    private final Function<String, PhraseCredit.Phrase> phrase = PHRASES::get;
    private final JobGoal hotel = new JobGoal(JobGoal.Priority.A, "arbejde på hotel");

    private static PhraseCredit.Phrase phrase(String text, Set<String> words, String... concepts) {
        return new PhraseCredit.Phrase(text, words, List.of(concepts));
    }

    private GoalFit.Goal best(JobGoal goal, String needText, Set<String> needTrades, List<String> work) {
        return GoalFit.best(List.of(goal), List.of(needText), phrase, credit, needTrades, () -> work).orElseThrow();
    }

    @Test
    void aGoalOfAnotherTradeThanTheNeedsWorkEarnsLittleFromItsCustomersName() {
        // A laundry whose description names its customers: the hotel goal is not the laundry's work.
        String laundry = "Industrivaskeri for hoteller og plejecentre";
        assertThat(GoalFit.best(List.of(hotel), List.of(laundry), phrase, credit).orElseThrow().fully()).isTrue();
        GoalFit.Goal got = best(hotel, laundry, Set.of("laundry"), List.of("laundry.vaskeriassistent", "laundry.foldning"));
        assertThat(got.fully()).isFalse();
        assertThat(got.value()).isEqualTo(GoalFit.ELSEWHERE);
    }

    @Test
    void aGoalOfTheNeedsOwnTradeCountsFully() {
        GoalFit.Goal got = best(hotel, "Modtagelse af hotellets gæster", Set.of("hotel"),
                List.of("hotel.modtagelse-af-hotelgaester"));
        assertThat(got.fully()).isTrue();
        // A need whose work names hotel work among others' trades.
        assertThat(best(hotel, "Industrivaskeri for hoteller og plejecentre", Set.of("laundry", "hotel"),
                List.of("laundry.vaskeriassistent", "hotel.hotelarbejde")).fully()).isTrue();
    }

    @Test
    void aGoalRelatedToTheNeedsWorkAcrossTradesCountsFully() {
        // A shop's returns are within the warehouse's returns handling (concept-relations).
        JobGoal returns = new JobGoal(JobGoal.Priority.A, "arbejde med returvarer");
        GoalFit.Goal got = best(returns, "Returnerede varer sættes tilbage på lager", Set.of("warehouse"),
                List.of("warehouse.returvarehaandtering", "warehouse.ompakning"));
        assertThat(got.fully()).isTrue();
    }

    @Test
    void withoutATradeOnEitherSideTheWordDecidesAsBefore() {
        // The need names no trade: nothing to weigh against.
        assertThat(best(hotel, "Industrivaskeri for hoteller og plejecentre", Set.of(), List.of()).fully()).isTrue();
        // The goal names no concept (free words): the word decides.
        JobGoal words = new JobGoal(JobGoal.Priority.A, "Hjælp i et vaskeri");
        assertThat(best(words, "Industrivaskeri for hoteller og plejecentre", Set.of("hotel"), List.of()).fully())
                .isTrue();
    }
}
