package dk.jobmatch.match;

import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TargetGroup;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dk.jobmatch.match.Fixtures.FREDERIKSHAVN;
import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    private final MatchScorer scorer = new MatchScorer(Fixtures.WEIGHTS, Fixtures.WORDS);

    @Test
    void everyReasonThatCountedIsExplainedInDanish() {
        Need need = Fixtures.need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B),
                Set.of(Flexibility.FLEXIBLE_HOURS, Flexibility.BREAKS_AS_NEEDED),
                Fixtures.task("a", 6, Set.of(), Set.of(TimeSlot.EARLY_MORNING), "oprydning"),
                Fixtures.task("b", 4, TaskDemand.HEAVY_LIFTING));
        var citizen = Fixtures.citizen(new HourRange(6, 10),
                Set.of(Accommodation.NO_EARLY_MORNING, Accommodation.NO_HEAVY_LIFTING, Accommodation.WORKS_ALONE),
                Set.of(Qualification.DRIVING_LICENCE_B));

        Match match = scorer.match(new MatchContext(need, Fixtures.employer(FREDERIKSHAVN, CompanySize.MICRO),
                citizen)).orElseThrow();

        assertThat(match.explanation()).extracting(Explanation::text).contains(
                "Har 1 af 1 ønskede kompetencer: oprydning",
                "oprydning matcher opgaven Opgave a",
                "Passer til jobmål A (drømmejob): Oprydning",
                "1 af 2 opgaver foreslås: Opgave a",
                "Kompetencerne dækker opgaver svarende til 6 af 10 mulige timer om ugen",
                "6 af 10 mulige timer om ugen (borgerens 6-10 timer, virksomhedens 5-15 timer)",
                "Under 1 km af højst 20 km til arbejdspladsen",
                "Opfylder de ufravigelige krav: kørekort B",
                "Skånehensyn respekteret: ingen tunge løft (fravalgt: Opgave b)",
                "Skånehensyn respekteret: ingen tidlige morgener",
                "Fleksible arbejdstider ophæver konflikten med skånehensynet ingen tidlige morgener",
                "Virksomheden tilbyder pauser efter behov",
                "En mikrovirksomhed (under 10 ansatte) passer til arbejder bedst alene");
        assertThat(match.score()).isBetween(0.0, 1.0);
    }

    @Test
    void betterFitScoresHigher() {
        Need need = Fixtures.need(new HourRange(4, 10), Fixtures.task("a", 6));
        var fitting = Fixtures.citizen(new HourRange(6, 10));
        var unrelated = new dk.jobmatch.citizen.Citizen("c2", "sag-2", null, TargetGroup.JOBPARAT, List.of("regnskab"),
                null, List.of(), Set.of(), Set.of(), null, new HourRange(6, 10), null, null, null, true,
                Fixtures.NOW, Fixtures.NOW, 0, null);
        var employer = Fixtures.employer(FREDERIKSHAVN, CompanySize.SMALL);

        double good = scorer.match(new MatchContext(need, employer, fitting)).orElseThrow().score();
        double poor = scorer.match(new MatchContext(need, employer, unrelated)).orElseThrow().score();

        assertThat(good).isGreaterThan(poor);
    }

    @Test
    void everyCodeHasADanishLabel() {
        Stream.of(Accommodation.values(), Flexibility.values(), Qualification.values(), TaskDemand.values(),
                        TimeSlot.values(), CompanySize.values(), PlacementType.values(), TargetGroup.values())
                .flatMap(Stream::of)
                .forEach(code -> assertThat(Danish.label(code)).isNotBlank());
    }
}
