package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.employer.Task;
import dk.jobmatch.search.TextTerms;
import dk.jobmatch.support.Api;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data of the fitted-weights experiment (issue 24, docs/matching-quality.md, "Fitted weights,
 * cross-validated"): each readable quality set is loaded into a throw-away service as the gates load
 * it, and every pair the service lists in either direction (every pair that passes the hard
 * constraints: the limit is far above the set's size) is written to {@code target/weights-fit/SET.tsv}
 * with its score parts, the fit tier's inputs and the tier, in the service's order. The score parts
 * come from the service's own ranking, so the bundle is carved with the configured weights' ratio;
 * the tier inputs from the package's scorer on the same pair. {@code tools/fit_weights.py} re-ranks
 * the dump under other weights and tiers. Not part of the suite: it runs only when asked, with the
 * configured weights, or others given as {@code -Djobmatch.match.weights.*}.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class WeightsFitDump {

    private static final Path OUT = Path.of("target/weights-fit");
    /** Far above any set's size, so the list holds every pair that passes the hard constraints. */
    private static final int EVERY = 1000;
    private static final double[] TRADE_ENOUGH = {1, 2, 3, 5, 8, 12, 20};
    private static final List<String> SETS = List.of("matching-set", "vocabulary-mismatch-set",
            "vocabulary-heldout-set", "vocabulary-mismatch2-set", "vocabulary-heldout2-set");

    @Test
    void everyFeasiblePairOfEachReadableSet() throws IOException {
        Files.createDirectories(OUT);
        for (String name : SETS) {
            Path file = OUT.resolve(name + ".tsv");
            Files.write(file, dump(name));
            System.out.println("wrote " + file);
        }
    }

    private static List<String> dump(String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            ApplicationContext context = server.getApplicationContext();
            Api api = new Api(server.getPort());
            QualitySet set = QualitySet.load(api, api.consultant(), "/quality/" + name + ".json");
            MatchService service = context.getBean(MatchService.class);
            MatchScorer scorer = new MatchScorer(context.getBean(MatchWeights.class),
                    context.getBean(TextTerms.class)::of, context.getBean(LiveConceptCredit.class)).forOneRequest();
            List<String> needKeys = set.json().getList("needs.key");
            List<String> citizenKeys = set.json().getList("citizens.key");
            List<Need> needs = context.getBean(NeedService.class).findAll(needKeys.stream().map(set::id).toList());
            List<Citizen> citizens = context.getBean(CitizenService.class)
                    .loadForMatching(citizenKeys.stream().map(set::id).toList());
            Map<String, Employer> employers = context.getBean(EmployerService.class)
                    .findForMatching(needs.stream().map(Need::employerId).distinct().toList());

            List<String> lines = new ArrayList<>();
            lines.add("direction\tquery\tother\tpos\tfit\tcovered\tshare\tgoal_fully\tgoal_share\tscore\t"
                    + String.join("\t", java.util.Arrays.stream(ScorePart.values())
                    .map(p -> p.name().toLowerCase(Locale.ROOT)).toList()) + "\t"
                    + String.join("\t", TextFitVariants.ALL.stream().map(v -> "text_" + v.name()).toList()) + "\t"
                    + "trade_cosine\t"
                    + String.join("\t", java.util.Arrays.stream(TRADE_ENOUGH).mapToObj(e -> "trade_covered_" + e).toList()));
            Function<String, Set<String>> terms = context.getBean(TextTerms.class)::of;
            ConceptCredit credit = context.getBean(LiveConceptCredit.class).get();
            for (Need need : needs) {
                if (need.status() != dk.jobmatch.vocabulary.NeedStatus.OPEN) {
                    continue;
                }
                List<Match> ranked = service.rankCitizens(need, employers.get(need.employerId()), EVERY,
                        MatchFit.CONSTRAINTS_ONLY);
                for (int i = 0; i < ranked.size(); i++) {
                    lines.add(line("n2c", set.key(need.id()), set.key(ranked.get(i).citizen().id()), i + 1,
                            ranked.get(i), scorer, terms, credit));
                }
            }
            for (Citizen citizen : citizens) {
                List<Match> ranked = service.rankNeeds(citizen, EVERY, MatchFit.CONSTRAINTS_ONLY);
                for (int i = 0; i < ranked.size(); i++) {
                    lines.add(line("c2n", set.key(citizen.id()), set.key(ranked.get(i).need().id()), i + 1,
                            ranked.get(i), scorer, terms, credit));
                }
            }
            return lines;
        }
    }

    /** One pair: the served match's parts and tier, and the tier's inputs from the scorer on the same pair. */
    private static String line(String direction, String query, String other, int position, Match served,
                               MatchScorer scorer, Function<String, Set<String>> terms, ConceptCredit credit) {
        Need need = served.need();
        Citizen citizen = served.citizen();
        MatchScorer.Scored scored = scorer.scored(new MatchContext(need, served.employer(), citizen), false)
                .orElseThrow();
        assertThat(scored.match().score()).as("%s %s the scorer agrees with the service", query, other)
                .isEqualTo(served.score());
        assertThat(scored.match().fit()).isEqualTo(served.fit());
        List<Task> allowed = MatchRules.allowedTasks(need, citizen);
        CompetenceFit.Coverage coverage = scored.competences().coverage(need, allowed);
        Optional<GoalFit.Goal> goal = scored.competences().bestGoal(need, allowed);
        StringBuilder line = new StringBuilder(String.join("\t", direction, query, other, Integer.toString(position),
                served.fit().name(), Integer.toString(coverage.covered().size()), Double.toString(coverage.share()),
                Boolean.toString(goal.map(GoalFit.Goal::fully).orElse(false)),
                Double.toString(goal.map(g -> g.credit().share()).orElse(0.0)), Double.toString(served.score())));
        for (ScorePart part : ScorePart.values()) {
            Double value = served.parts().values().get(part);
            line.append('\t').append(value == null ? "" : Double.toString(value));
        }
        // The text part's variants (TextFitVariants); SERVED is the service's definition afresh.
        Double text = served.parts().values().get(ScorePart.TEXT);
        for (TextFitVariants.Variant variant : TextFitVariants.ALL) {
            Double share = TextFitVariants.share(variant, need, citizen, terms, credit);
            if (variant.name().equals(TextFitVariants.SERVED)) {
                assertThat(share).as("%s %s the served variant is the served text part", query, other)
                        .isCloseTo(text, org.assertj.core.data.Offset.offset(1e-9));
            }
            line.append('\t').append(share == null || text == null ? "" : Double.toString(share));
        }
        // The experiment "Trade affinity" (TradeMix): the cosine of the pair's trade mixes, and the
        // monotone share of the need's mix the profile covers, by how many terms' worth of a trade is enough.
        Map<String, List<String>> words = TradeMix.danish(terms);
        TradeMix wanted = TradeMix.ofNeed(need, terms, words);
        TradeMix own = TradeMix.ofProfile(CompetenceFit.of(citizen, terms, credit).profile(), words);
        line.append('\t').append(wanted.affinity(own));
        for (double enough : TRADE_ENOUGH) {
            line.append('\t').append(wanted.coveredBy(own, enough));
        }
        return line.toString();
    }
}
