package dk.jobmatch.match;

import dk.jobmatch.capacity.Holds;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.exclusion.MatchExclusions;
import dk.jobmatch.search.TextTerms;
import io.micronaut.context.ApplicationContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark harness ({@code dk.jobmatch.benchmark}) measures pieces of this package that stay
 * package-private in production code: the Lucene query text, the in-process ranking and the
 * scorer. This test-only class is the one seam it goes through; results are opaque lists.
 */
public final class MatchForBenchmark {

    private final MatchService service;
    private final MatchScorer scorer;
    private final Holds holds;
    private final MatchExclusions exclusions;
    private final OpenIntroductions openIntroductions;
    /** The in-process citizens of the last list of every profile, kept while the same list is asked about. */
    private List<Citizen> inProcessOf;
    private Set<String> inProcessIds;

    public MatchForBenchmark(ApplicationContext context) {
        this(context, context.getBean(MatchService.class));
    }

    private MatchForBenchmark(ApplicationContext context, MatchService service) {
        this.service = service;
        this.scorer = new MatchScorer(context.getBean(MatchWeights.class), context.getBean(TextTerms.class)::of,
                context.getBean(LiveConceptCredit.class));
        this.holds = context.getBean(Holds.class);
        this.exclusions = context.getBean(MatchExclusions.class);
        this.openIntroductions = context.getBean(OpenIntroductions.class);
    }

    /**
     * The same service with a pool of {@code candidates} instead of the configured one
     * ({@code jobmatch.match.candidates}), for an A/B in one run; never under 3x the limit.
     */
    public MatchForBenchmark withPool(ApplicationContext context, int candidates) {
        return with(context, candidates, true);
    }

    /**
     * The same service without the matching projection ({@code jobmatch.match.projection=false}):
     * each request loads its pool from the database and analyses every profile, as before issue 23.
     */
    public MatchForBenchmark withoutProjection(ApplicationContext context) {
        return with(context, context.getProperty("jobmatch.match.candidates", Integer.class).orElse(150), false);
    }

    /**
     * The same service whose requests are never helped by idle cores ({@code jobmatch.helper-threads=0}),
     * for an A/B of the sharing in one JVM.
     */
    public MatchForBenchmark withoutHelpers(ApplicationContext context) {
        return with(context, context.getProperty("jobmatch.match.candidates", Integer.class).orElse(150), true,
                dk.jobmatch.common.IdleCores.NONE);
    }

    private MatchForBenchmark with(ApplicationContext context, int candidates, boolean projection) {
        return with(context, candidates, projection, context.getBean(dk.jobmatch.common.IdleCores.class));
    }

    private MatchForBenchmark with(ApplicationContext context, int candidates, boolean projection,
                                   dk.jobmatch.common.IdleCores cores) {
        return new MatchForBenchmark(context, new MatchService(context.getBean(dk.jobmatch.employer.NeedService.class),
                context.getBean(dk.jobmatch.employer.EmployerService.class),
                context.getBean(dk.jobmatch.citizen.CitizenService.class),
                context.getBean(dk.jobmatch.employer.NeedCandidates.class),
                context.getBean(dk.jobmatch.citizen.CitizenCandidates.class), context.getBean(MatchWeights.class),
                context.getBean(TextTerms.class), context.getBean(LiveConceptCredit.class),
                context.getBean(ProfilePhrases.class), holds, exclusions, context.getBean(OpenIntroductions.class),
                context.getBean(dk.jobmatch.audit.AuditLog.class),
                context.getBean(dk.jobmatch.security.AccessPolicy.class), cores, candidates,
                context.getProperty("jobmatch.match.need-candidates", Integer.class).orElse(400),
                projection));
    }

    /** The demotion the service applies to citizens in process. */
    public static final double IN_PROCESS_DEMOTION = MatchService.IN_PROCESS_DEMOTION;

    /** The text the service retrieves candidates with for a need. */
    public static String queryText(Need need) {
        return MatchService.text(need);
    }

    /** The service's need → citizens ranking in-process: retrieve, load, carve, score. */
    public List<?> rankCitizens(Need need, Employer employer, int limit) {
        return service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY);
    }

    /** The service's citizen → needs ranking in-process: retrieve, load, score (no audit). */
    public List<?> rankNeeds(Citizen citizen, int limit) {
        return service.rankNeeds(citizen, limit, MatchFit.CONSTRAINTS_ONLY);
    }

    /** The words of the need's free tasks' competences: what the floor query ranks by (issue 23). */
    public static String competenceText(Need need) {
        return need.withFreeTasksOnly().tasks().stream().flatMap(t -> t.competences().stream())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * What the need → citizens ranking serves, one line per match: citizen, score, fit, tasks and
     * explanation (not the whole profile, which the projection keeps without its team).
     */
    public List<String> served(Need need, Employer employer, int limit) {
        return service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY).stream()
                .map(MatchForBenchmark::line).toList();
    }

    /** The same for the citizen → needs ranking, one line per need. */
    public List<String> servedNeeds(Citizen citizen, int limit) {
        return service.rankNeeds(citizen, limit, MatchFit.CONSTRAINTS_ONLY).stream()
                .map(MatchForBenchmark::line).toList();
    }

    private static String line(Match m) {
        return m.citizen().id() + " " + m.need().id() + " " + m.score() + " " + m.fit() + " " + m.inProcess() + " "
                + m.carving().taskIds() + " " + m.carving().hoursPerWeek() + " " + m.explanation();
    }

    /**
     * Explain every candidate of a pool before ranking it, as before issue 23's change (true), or
     * only the matches served, as the service does (false): for an A/B in one run.
     */
    public void explainEveryCandidate(boolean value) {
        service.explainEveryCandidate(value);
    }

    /** The same, with the pool retrieved by BM25 alone (before issue 22), for an A/B in one run. */
    public List<?> rankCitizensByText(Need need, Employer employer, int limit) {
        return service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY, false);
    }

    /**
     * The ids of the top {@code limit} citizens for a need as the service serves them, treating
     * {@code open} as citizens with an open introduction besides those stored, moved down by
     * {@code demotion} within their tier (0: without the in-process rule, as before issue 19).
     */
    public List<String> topCitizenIds(Need need, Employer employer, int limit, Set<String> open, double demotion) {
        return service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY, true, open, demotion).stream()
                .map(m -> m.citizen().id()).toList();
    }

    /**
     * Baseline b: every profile through the exact rules and the scorer, no index; as the service
     * weighs them (free tasks only, remaining hours, not those on the need or kept from it).
     */
    public List<?> naiveRank(Need need, Employer employer, List<Citizen> everyone, int limit) {
        return exhaustive(need, employer, everyone, limit);
    }

    /**
     * The pairs of the exhaustive top {@code limit} (by fit tier, then score) that the service's
     * top {@code limit} misses because retrieval capped the pool, by tier. A pair counts as found
     * when the service lists one of the same tier and score (ties may name different citizens).
     */
    public Map<String, Integer> lostToRetrieval(Need need, Employer employer, List<Citizen> everyone, int limit,
                                                boolean fitFirst) {
        return lost(service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY, fitFirst),
                exhaustive(need, employer, everyone, limit));
    }

    /** The pairs of {@code exhaustive} that {@code served} does not list (same tier and score), by tier. */
    private static Map<String, Integer> lost(List<Match> served, List<Match> exhaustive) {
        List<String> keys = served.stream().map(MatchForBenchmark::key)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        Map<String, Integer> lost = new java.util.LinkedHashMap<>();
        for (MatchFit fit : MatchFit.values()) {
            lost.put(fit.name(), 0);
        }
        for (Match best : exhaustive) {
            if (!keys.remove(key(best))) {
                lost.merge(best.fit().name(), 1, Integer::sum);
            }
        }
        return lost;
    }

    private static String key(Match match) {
        return match.fit() + " " + Math.round(match.score() * 1e9);
    }

    /**
     * As {@link #lostToRetrieval}, citizen → needs: the pairs of the top {@code limit} of every open
     * need in {@code everyOpen} (employers in {@code employers}) scored for the citizen that the
     * service's top {@code limit} misses, by tier. The citizen is the same in every pair, so whether
     * they are in process moves every pair alike and is left out.
     */
    public Map<String, Integer> needsLostToRetrieval(Citizen read, List<Need> everyOpen, Map<String, Employer> employers,
                                                     int limit) {
        Citizen citizen = read.forMatching();
        Set<String> alreadyOn = holds.needsHeldBy(citizen.id());
        MatchExclusions.KeptFrom keptFrom = exclusions.keptFrom(citizen.id());
        List<Match> exhaustive = MatchService.top(scorer.forOneRequest(), everyOpen.stream()
                        .filter(need -> !alreadyOn.contains(need.id()) && !keptFrom.covers(need.id(), need.employerId()))
                        .map(need -> new MatchContext(need.withFreeTasksOnly(), employers.get(need.employerId()), citizen)),
                MatchService.served(0, m -> 0f), limit, MatchFit.CONSTRAINTS_ONLY, id -> false, false);
        return lost(service.rankNeeds(read, limit, MatchFit.CONSTRAINTS_ONLY), exhaustive);
    }

    /** How many of the exhaustive top {@code limit} are in each tier. */
    public Map<String, Integer> tiers(Need need, Employer employer, List<Citizen> everyone, int limit) {
        Map<MatchFit, Integer> count = new EnumMap<>(MatchFit.class);
        exhaustive(need, employer, everyone, limit).forEach(m -> count.merge(m.fit(), 1, Integer::sum));
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        for (MatchFit fit : MatchFit.values()) {
            named.put(fit.name(), count.getOrDefault(fit, 0));
        }
        return named;
    }

    /**
     * Every profile scored and served in the service's order: citizens in process (hours held by
     * another agreement, an open introduction) moved down within their tier as the service moves
     * them (issue 19). Without that, a citizen the service rightly serves lower was counted as
     * lost to retrieval.
     */
    private List<Match> exhaustive(Need need, Employer employer, List<Citizen> everyone, int limit) {
        Need free = need.withFreeTasksOnly();
        Set<String> leftOut = new HashSet<>(holds.citizensHolding(need.id()));
        leftOut.addAll(exclusions.citizensKeptFrom(need.id(), need.employerId()));
        Set<String> inProcess = inProcess(everyone);
        return MatchService.top(scorer.forOneRequest(), everyone.stream()
                        .filter(c -> !leftOut.contains(c.id()))
                        .map(c -> new MatchContext(free, employer, c.forMatching())),
                MatchService.served(MatchService.IN_PROCESS_DEMOTION, m -> 0f), limit, MatchFit.CONSTRAINTS_ONLY,
                inProcess::contains, false);
    }

    private Set<String> inProcess(List<Citizen> everyone) {
        if (inProcessOf != everyone) {
            Set<String> found = new HashSet<>(openIntroductions.citizensWithOpenIntroductions(
                    everyone.stream().map(Citizen::id).toList()));
            everyone.stream().filter(c -> c.committedHoursPerWeek() > 0).map(Citizen::id).forEach(found::add);
            inProcessIds = found;
            inProcessOf = everyone;
        }
        return inProcessIds;
    }
}
