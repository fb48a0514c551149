package dk.jobmatch.match;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.capacity.Holds;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenCandidates;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.common.IdleCores;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedCandidates;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.employer.Task;
import dk.jobmatch.exclusion.MatchExclusions;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.TextTerms;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.Place;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Retrieve, filter, rank, explain - in both directions. The index narrows the candidates with
 * the hard filters it can express; {@link MatchRules} then decides exactly, and only what it
 * accepts is scored and returned. Citizens returned are audited in the same transaction.
 */
@Singleton
public class MatchService {

    /** The order of a match list by the pair alone: fit tier, then score (best first). */
    static final Comparator<Match> ORDER = Comparator.comparing(Match::fit)
            .thenComparing(Comparator.comparingDouble(Match::score).reversed());

    /**
     * How far a citizen in process (an open introduction, or an agreement holding tasks elsewhere)
     * is moved down within their fit tier, in score points: they rank below every otherwise equal
     * citizen and below those up to 0.05 weaker, so the same few strong citizens are not at the
     * top of every nearby need while a clearly better one still leads (docs/matching-quality.md).
     */
    static final double IN_PROCESS_DEMOTION = 0.05;

    /**
     * What the need's text terms weigh together in the pool's ranking, against 1 for each
     * competence phrase a profile has ({@code CitizenCandidates.findByFit}). The score leans on the
     * text part more than on any other; with the text left out, a capped pool of 100,000 profiles
     * was cut by index order among the many the phrases rank alike, and the served top 10s missed
     * 47 of the 600 pairs that scoring every profile puts there (60 needs); with the text weighing
     * 0.5 / 1 / 2 / 4 / 8 / 16 they missed 29 / 28 / 22 / 12 / 6 / 5 (docs/performance.md).
     */
    static final double POOL_TEXT = 8;

    /**
     * What the share of a need's text the profile says weighs in the pool of needs, against 1 for
     * the share of its competence phrases covered and 1 for a job goal it speaks to. At 100,000
     * citizens (50,000 open needs), a pool of 150 missed 52 / 47 / 27 / 41 / 43 of the 400 pairs
     * that scoring every open need puts in 40 citizens' top 10s with the text weighing 0.5 / 1 / 4
     * / 6 / 8: less, and the text part (0.526 of the score) is left to chance among needs of equal
     * shares; more, and it outweighs the share that makes a fit strong (docs/performance.md).
     */
    static final double NEED_POOL_TEXT = 4;

    /** Fit tier, then the score less {@code demotion} for citizens in process (0: the pair's order). */
    static Comparator<Match> ranking(double demotion) {
        return Comparator.comparing(Match::fit)
                .thenComparing(Comparator.comparingDouble((Match m) -> m.rankingScore(demotion)).reversed());
    }

    private final NeedService needs;
    private final EmployerService employers;
    private final CitizenService citizens;
    private final NeedCandidates needCandidates;
    private final CitizenCandidates citizenCandidates;
    private final MatchScorer scorer;
    private final RelatedTerms related;
    private final Holds holds;
    private final MatchExclusions exclusions;
    private final OpenIntroductions openIntroductions;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final IdleCores cores;
    private final int candidates;
    private final int needPool;
    private final boolean projection;
    /** Benchmark only: see {@link #explainEveryCandidate(boolean)}. */
    private volatile boolean explainEveryCandidate;

    MatchService(NeedService needs, EmployerService employers, CitizenService citizens, NeedCandidates needCandidates,
                 CitizenCandidates citizenCandidates, MatchWeights weights, TextTerms terms,
                 LiveConceptCredit credits, ProfilePhrases profilePhrases, Holds holds,
                 MatchExclusions exclusions, OpenIntroductions openIntroductions, AuditLog audit, AccessPolicy access,
                 IdleCores cores,
                 @Value("${jobmatch.match.candidates:150}") int candidates,
                 @Value("${jobmatch.match.need-candidates:400}") int needPool,
                 @Value("${jobmatch.match.projection:true}") boolean projection) {
        this.needs = needs;
        this.employers = employers;
        this.citizens = citizens;
        this.needCandidates = needCandidates;
        this.citizenCandidates = citizenCandidates;
        // The projection keeps the pool's profiles and their analysed phrases between requests;
        // off, each request loads and analyses them (what the benchmark compares it with).
        this.scorer = new MatchScorer(weights, terms::of, credits, projection ? profilePhrases : null);
        this.related = new RelatedTerms(terms::of, credits);
        this.holds = holds;
        this.exclusions = exclusions;
        this.openIntroductions = openIntroductions;
        this.audit = audit;
        this.access = access;
        this.cores = cores;
        this.candidates = candidates;
        this.needPool = needPool;
        this.projection = projection;
    }

    record Ranked(List<Match> matches, boolean anonymous) {
    }

    /**
     * Citizens for a need; employers get them for their own needs only, as anonymous summaries.
     * Only matches whose fit tier is at least {@code minFit}.
     */
    @Transactional
    Ranked citizensFor(String needId, int limit, MatchFit minFit) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        Need need = needs.getVisible(needId);
        if (need.status() != NeedStatus.OPEN) {
            return new Ranked(List.of(), caller.is(Role.EMPLOYER));
        }
        Employer employer = employers.findForMatching(List.of(need.employerId())).get(need.employerId());
        List<Match> ranked = rankCitizens(need, employer, limit, minFit);
        audit.record(AuditAction.READ, ranked.stream().map(m -> m.citizen().id()).toList());
        return new Ranked(ranked, caller.is(Role.EMPLOYER));
    }

    /**
     * The ranking itself, without access checks or audit (the benchmark measures this): only the
     * need's free tasks, only the hours each citizen has left, and not the citizens already on it
     * or kept from it (a course with the employer stopped within the cool-down).
     */
    List<Match> rankCitizens(Need need, Employer employer, int limit, MatchFit minFit) {
        return rankCitizens(need, employer, limit, minFit, true, Set.of(), IN_PROCESS_DEMOTION);
    }

    /** As above; {@code fitFirst} false retrieves by BM25 alone, as before issue 22 (the benchmark compares). */
    List<Match> rankCitizens(Need need, Employer employer, int limit, MatchFit minFit, boolean fitFirst) {
        return rankCitizens(need, employer, limit, minFit, fitFirst, Set.of(), IN_PROCESS_DEMOTION);
    }

    /**
     * As above, for the benchmark's exposure measurement: {@code alsoOpen} are citizens to treat as
     * having an open introduction besides those stored, and {@code demotion} is how far those in
     * process move down (0: without the in-process rule, as before issue 19).
     */
    List<Match> rankCitizens(Need need, Employer employer, int limit, MatchFit minFit, boolean fitFirst,
                             Set<String> alsoOpen, double demotion) {
        try (IdleCores.Running ignored = cores.running()) {
            return rankCitizensRunning(need, employer, limit, minFit, fitFirst, alsoOpen, demotion);
        }
    }

    private List<Match> rankCitizensRunning(Need need, Employer employer, int limit, MatchFit minFit, boolean fitFirst,
                                            Set<String> alsoOpen, double demotion) {
        Need free = need.withFreeTasksOnly();
        Set<String> leftOut = new HashSet<>(holds.citizensHolding(need.id()));
        leftOut.addAll(exclusions.citizensKeptFrom(need.id(), need.employerId()));
        // The pool ranked by what the fit tiers rest on (the need's competences a profile has, a job
        // goal its text speaks to): ranked by BM25, a capped pool lost STRONG candidates at 10 000
        // citizens that scoring every profile finds (docs/matching-quality.md).
        // One scorer for the request: the pool's text terms are the scoring's own, worked out once.
        MatchScorer request = scorer.forOneRequest();
        Map<String, Float> phrases = CompetenceFit.retrievalWeights(free);
        String goalText = String.join("\n", CompetenceFit.goalText(free, free.tasks()));
        Place workplace = employer == null ? null : employer.place();
        Pool<Citizen> pool = retrieve(pool(limit, candidates),
                size -> fitFirst
                        ? citizenCandidates.findByFit(text(free), phrases, goalText, related,
                                request.textTerms(free, POOL_TEXT), free.nonNegotiables(),
                                free.hoursPerWeek(), workplace, size)
                        : citizenCandidates.find(text(free), free.nonNegotiables(), free.hoursPerWeek(), workplace, size),
                hits -> candidates(hits.stream().map(ScoredId::id).filter(id -> !leftOut.contains(id)).toList()));
        Map<String, Float> relevance = relevance(pool.hits());
        Set<String> inProcess = inProcess(pool.kept());
        inProcess.addAll(alsoOpen);
        List<MatchContext> pairs = pool.kept().stream()
                .map(citizen -> new MatchContext(free, employer, citizen.forMatching())).toList();
        return rank(request, pairs,
                match -> relevance.getOrDefault(match.citizen().id(), 0f), limit, minFit,
                id -> inProcess.contains(id), demotion);
    }

    private List<Citizen> candidates(List<String> ids) {
        return projection ? citizens.loadCandidates(ids) : citizens.loadForMatching(ids);
    }

    private List<Need> needCandidates(List<String> ids) {
        return projection ? needs.loadCandidates(ids) : needs.findAll(ids);
    }

    /**
     * The citizens in process: an agreement holds some of their hours (on another need: those on
     * this one are left out) or they have an open introduction.
     */
    private Set<String> inProcess(List<Citizen> loaded) {
        Set<String> inProcess = loaded.stream().filter(c -> c.committedHoursPerWeek() > 0).map(Citizen::id)
                .collect(Collectors.toCollection(HashSet::new));
        inProcess.addAll(openIntroductions.citizensWithOpenIntroductions(loaded.stream().map(Citizen::id).toList()));
        return inProcess;
    }

    /**
     * Open needs for a citizen; consultants and administrators only, and the read is audited. Only
     * matches whose fit tier is at least {@code minFit}.
     */
    @Transactional
    Ranked needsFor(String citizenId, int limit, MatchFit minFit) {
        return new Ranked(rankNeeds(citizens.read(citizenId), limit, minFit), false);
    }

    /** The ranking itself, without access checks or audit (the benchmark measures this). */
    List<Match> rankNeeds(Citizen read, int limit, MatchFit minFit) {
        try (IdleCores.Running ignored = cores.running()) {
            return rankNeedsRunning(read, limit, minFit);
        }
    }

    private List<Match> rankNeedsRunning(Citizen read, int limit, MatchFit minFit) {
        Citizen citizen = read.forMatching();
        if (!citizen.consent() || citizen.hoursPerWeek().max() <= 0) {
            return List.of();
        }
        boolean inProcess = !inProcess(List.of(read)).isEmpty();
        Set<String> alreadyOn = holds.needsHeldBy(citizen.id());
        MatchExclusions.KeptFrom keptFrom = exclusions.keptFrom(citizen.id());
        MatchScorer request = scorer.forOneRequest();
        IntFunction<List<ScoredId>> find = needPool(citizen, request);
        Pool<Need> pool = retrieve(pool(limit, needPool), find,
                hits -> needCandidates(hits.stream().map(ScoredId::id).filter(id -> !alreadyOn.contains(id)).toList())
                        .stream().filter(need -> !keptFrom.covers(need.id(), need.employerId()))
                        .map(Need::withFreeTasksOnly).toList());
        Map<String, Float> relevance = relevance(pool.hits());
        List<Need> found = pool.kept();
        Map<String, Employer> byId = employers.findForMatching(found.stream().map(Need::employerId).distinct().toList());
        List<MatchContext> pairs = found.stream()
                .map(need -> new MatchContext(need, byId.get(need.employerId()), citizen)).toList();
        return rank(request, pairs,
                match -> relevance.getOrDefault(match.need().id(), 0f), limit, minFit, id -> inProcess, IN_PROCESS_DEMOTION);
    }

    /**
     * The index's pool of needs for a citizen, of a given size, best first: by the shares of each
     * need the citizen covers ({@code NeedCandidates.findByFit}), the profile's terms weighed by
     * the request's scorer as its text part will weigh them.
     */
    private IntFunction<List<ScoredId>> needPool(Citizen citizen, MatchScorer request) {
        String goals = citizen.jobGoals().stream().map(JobGoal::title).collect(Collectors.joining("\n"));
        Map<String, Float> profileTerms = request.profileTerms(citizen, NEED_POOL_TEXT);
        return size -> needCandidates.findByFit(citizen.profileText(), citizen.competences(),
                goals.isEmpty() ? null : goals, related, profileTerms,
                citizen.qualifications(), citizen.hoursPerWeek(), citizen.location(), citizen.maxTravelKm(), size);
    }

    /** A bundle of a need's tasks for one citizen, and its weekly hours. */
    public record Proposal(List<Task> tasks, double hoursPerWeek) {
    }

    /** The best bundle for this exact pair (as the match lists would propose it), if any. */
    public Optional<Proposal> propose(Need need, Employer employer, Citizen citizen) {
        return scorer.match(new MatchContext(need.withFreeTasksOnly(), employer, citizen.forMatching()))
                .map(m -> new Proposal(m.carving().tasks(), m.carving().hoursPerWeek()));
    }

    /** What a chosen bundle breaks of the contract's guarantees; empty when it keeps them all. */
    public List<String> violations(Need need, Employer employer, Citizen citizen, List<String> taskIds,
                                   double hoursPerWeek) {
        return MatchRules.violations(need, employer == null ? null : employer.place(), citizen.forMatching(), taskIds,
                hoursPerWeek);
    }

    /**
     * Fit before convenience: the fit tier orders the list, the score orders within a tier (less
     * {@code demotion} for citizens in process), and the index's relevance of the pool only breaks
     * exact ties. {@code request}: the request's scorer ({@link MatchScorer#forOneRequest}).
     */
    private List<Match> rank(MatchScorer request, List<MatchContext> contexts, Function<Match, Float> relevance, int limit,
                             MatchFit minFit, Predicate<String> inProcess, double demotion) {
        return top(request, contexts, served(demotion, relevance), limit, minFit, inProcess,
                explainEveryCandidate, cores);
    }

    /** The order of a served list: {@link #ranking}, then the index's relevance, then the ids. */
    static Comparator<Match> served(double demotion, Function<Match, Float> relevance) {
        return ranking(demotion).thenComparing(relevance, Comparator.reverseOrder())
                .thenComparing(m -> m.citizen().id())
                .thenComparing(m -> m.need().id());
    }

    /**
     * The first {@code limit} matches of a pool in {@code order}, marked in process. The pool is
     * scored without explanations and only the matches served are explained (150 candidates, 10
     * served): the same matches, texts included, as explaining every candidate first, which
     * {@code explainEvery} does (for the benchmark's A/B and the test that shows they agree).
     */
    static List<Match> top(MatchScorer requestScorer, Stream<MatchContext> contexts, Comparator<Match> order, int limit,
                           MatchFit minFit, Predicate<String> inProcess, boolean explainEvery) {
        return top(requestScorer, contexts.toList(), order, limit, minFit, inProcess, explainEvery, IdleCores.NONE);
    }

    /** As above, the pairs' bounds shared with {@code cores} (a sibling scorer each). */
    static List<Match> top(MatchScorer requestScorer, List<MatchContext> contexts, Comparator<Match> order, int limit,
                           MatchFit minFit, Predicate<String> inProcess, boolean explainEvery, IdleCores cores) {
        if (limit <= 0) {
            return List.of();
        }
        // Each pair's bound first (its score with the carving's parts at their most, its tier exact),
        // best first: a pair is carved only while its bound could still enter the list, which then
        // is the one carving every pair gives (no carved match ranks above its bound).
        List<MatchScorer.Bound> bounds = cores.map(contexts, requestScorer::bound, () -> requestScorer.sibling()::bound)
                .stream()
                .flatMap(Optional::stream)
                .filter(bound -> bound.optimistic().fit().atLeast(minFit))
                .map(bound -> bound.withInProcess(inProcess.test(bound.optimistic().citizen().id())))
                .sorted(Comparator.comparing(MatchScorer.Bound::optimistic, order))
                .toList();
        Comparator<MatchScorer.Scored> byMatch = Comparator.comparing(MatchScorer.Scored::match, order);
        PriorityQueue<MatchScorer.Scored> best = new PriorityQueue<>(byMatch.reversed());
        for (MatchScorer.Bound bound : bounds) {
            if (best.size() == limit && order.compare(bound.optimistic(), best.peek().match()) > 0) {
                break;
            }
            requestScorer.scored(bound, explainEvery).ifPresent(scored -> {
                best.add(scored.withInProcess(bound.optimistic().inProcess()));
                if (best.size() > limit) {
                    best.poll();
                }
            });
        }
        return best.stream().sorted(byMatch).map(requestScorer::explained).toList();
    }

    /**
     * Benchmark only ({@code Comparisons.explanations}): explain every candidate of a pool before
     * ranking it, as before the matches served alone were explained; false in service.
     */
    void explainEveryCandidate(boolean value) {
        this.explainEveryCandidate = value;
    }

    /** The index's hits (for relevance) and the candidates kept from them. */
    private record Pool<T>(List<ScoredId> hits, List<T> kept) {
    }

    /**
     * Asks the index for the pool and keeps what {@code keep} loads from the hits, leaving out
     * those already on it or kept from it. Those must not shrink the pool the exact rules weigh
     * (a citizen whose course stopped at an employer with many needs would otherwise get fewer
     * matches than the limit), so when they took some of a full pool it asks again for as many
     * more, and loads only the hits it had not seen; the index query is cheap next to the loads.
     */
    private <T> Pool<T> retrieve(int wanted, IntFunction<List<ScoredId>> find, Function<List<ScoredId>, List<T>> keep) {
        int size = wanted;
        Set<String> seen = new HashSet<>();
        List<ScoredId> hits = new ArrayList<>();
        List<T> kept = new ArrayList<>();
        while (true) {
            List<ScoredId> found = find.apply(size);
            List<ScoredId> fresh = found.stream().filter(hit -> seen.add(hit.id())).toList();
            hits.addAll(fresh);
            kept.addAll(keep.apply(fresh));
            int lost = hits.size() - kept.size();
            if (lost == 0 || found.size() < size || kept.size() >= wanted) {
                return new Pool<>(hits, kept);
            }
            size = Math.max(size + 1, wanted + lost);
        }
    }

    /** How many candidates the exact rules weigh: the configured pool, and never under 3x the limit. */
    private static int pool(int limit, int configured) {
        return Math.max(configured, 3 * limit);
    }

    /** The index's relevance of each hit, for breaking ties in the score only. */
    private static Map<String, Float> relevance(List<ScoredId> hits) {
        return hits.stream().collect(Collectors.toMap(ScoredId::id, ScoredId::score, (a, b) -> a));
    }

    static String text(Need need) {
        StringBuilder text = new StringBuilder(need.title());
        for (Task task : need.tasks()) {
            text.append('\n').append(task.title());
            task.competences().forEach(c -> text.append('\n').append(c));
        }
        return text.toString();
    }
}
