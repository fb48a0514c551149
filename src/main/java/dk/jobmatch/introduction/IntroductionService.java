package dk.jobmatch.introduction;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.capacity.Holds;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.TextLists;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.employer.Task;
import dk.jobmatch.exclusion.MatchExclusions;
import dk.jobmatch.match.MatchService;
import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.DeclineReason;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposing, showing and answering introductions. A proposal locks the need's row and then the
 * citizen's (the order agreements use), so of two proposals at once on the same need or the same
 * citizen one waits and then counts the other: the exposure limits hold under concurrency.
 */
@Singleton
public class IntroductionService {

    static final String NOT_FOUND = "No such introduction.";

    private final IntroductionRepository introductions;
    private final NeedService needs;
    private final EmployerService employers;
    private final CitizenService citizens;
    private final MatchService matcher;
    private final Holds holds;
    private final MatchExclusions exclusions;
    private final AuditLog audit;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;
    private final int maxOpenPerNeed;
    private final int maxOpenPerCitizen;

    IntroductionService(IntroductionRepository introductions, NeedService needs, EmployerService employers,
                        CitizenService citizens, MatchService matcher, Holds holds, MatchExclusions exclusions,
                        AuditLog audit, Outbox outbox, AccessPolicy access, Clock clock,
                        @Value("${jobmatch.introductions.max-open-per-need:3}") int maxOpenPerNeed,
                        @Value("${jobmatch.introductions.max-open-per-citizen:2}") int maxOpenPerCitizen) {
        this.introductions = introductions;
        this.needs = needs;
        this.employers = employers;
        this.citizens = citizens;
        this.matcher = matcher;
        this.holds = holds;
        this.exclusions = exclusions;
        this.audit = audit;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
        this.maxOpenPerNeed = maxOpenPerNeed;
        this.maxOpenPerCitizen = maxOpenPerCitizen;
    }

    record Proposal(String citizenId, @Nullable List<String> taskIds, @Nullable String note) {
    }

    record Answer(IntroductionStatus decision, @Nullable DeclineReason reasonCode, @Nullable String comment) {
    }

    /** An introduction as shown: the named citizen, the tasks, and the accommodations in Danish. */
    record View(Introduction introduction, @Nullable String displayName, List<Task> tasks,
                List<String> accommodationText) {
    }

    /** What an agreement drafted from an ACCEPTED introduction takes from it. */
    public record Accepted(String id, String needId, String citizenId, List<String> taskIds) {
    }

    @Transactional
    View propose(String needId, Proposal proposal) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        if (proposal.taskIds() != null && Set.copyOf(proposal.taskIds()).size() != proposal.taskIds().size()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("taskIds", "must name each task once")));
        }
        // Locks first, then read: what the checks below count cannot change before commit.
        needs.lockForAllocation(needId);
        Need need = needs.getVisible(needId);
        citizens.lockForAllocation(proposal.citizenId());
        Citizen citizen = citizens.read(proposal.citizenId());
        Employer employer = employers.find(need.employerId()).orElseThrow();
        requireMayBeIntroduced(need, citizen);
        List<Task> tasks = proposal.taskIds() == null ? carved(need, employer, citizen)
                : chosen(need, employer, citizen, proposal.taskIds());
        requireWithinLimits(need, citizen);
        Introduction introduction = new Introduction(Ids.newId(), need.id(), need.employerId(), citizen.id(),
                IntroductionStatus.PROPOSED, TextLists.join(tasks.stream().map(Task::id).toList()),
                tasks.stream().mapToDouble(Task::hoursPerWeek).sum(), proposal.note(), caller.username(),
                clock.instant(), null, null, null, null, null);
        introductions.save(introduction);
        outbox.created(EntityType.INTRODUCTION, introduction.id(), ChangeDetail.INTRODUCTION_PROPOSED);
        return view(introduction, need, citizen);
    }

    /**
     * The need's introductions, newest first: an employer's own needs only (another's is not
     * found). Every citizen shown by name is audited as read by the caller.
     */
    @Transactional
    List<View> list(String needId) {
        access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        Need need = needs.getVisible(needId);
        List<Introduction> found = introductions.findByNeedIdOrderByProposedAtDesc(need.id());
        Map<String, Citizen> byId = citizens.loadForMatching(found.stream().map(Introduction::citizenId).distinct()
                .toList()).stream().collect(Collectors.toMap(Citizen::id, Function.identity()));
        audit.record(AuditAction.READ, found.stream().map(Introduction::citizenId).toList());
        return found.stream().map(i -> view(i, need, byId.get(i.citizenId()))).toList();
    }

    /** The employer's answer (its own login, or a consultant for it); only while PROPOSED. */
    @Transactional
    View answer(String id, Answer answer) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        Introduction introduction = introductions.findByIdForUpdate(id)
                .filter(i -> access.mayAccessEmployer(caller, i.employerId()))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (answer.decision() == IntroductionStatus.PROPOSED) {
            throw ApiException.unprocessable(List.of(new FieldViolation("decision", "must be ACCEPTED or DECLINED")));
        }
        boolean declined = answer.decision() == IntroductionStatus.DECLINED;
        if (declined && answer.reasonCode() == null) {
            throw ApiException.unprocessable(List.of(new FieldViolation("reasonCode",
                    "is required when declining (a code of /api/v1/vocabularies declineReasons)")));
        }
        if (!declined && answer.reasonCode() != null) {
            throw ApiException.unprocessable(List.of(new FieldViolation("reasonCode", "is only given when declining")));
        }
        if (introduction.status() != IntroductionStatus.PROPOSED) {
            throw ApiException.conflict("The introduction has already been answered: it is "
                    + introduction.status() + ".");
        }
        Introduction answered = introduction.answered(answer.decision(), answer.reasonCode(), answer.comment(),
                caller.username(), clock.instant());
        introductions.update(answered);
        if (declined) {
            // For good, and in both match directions: the employer has said no to this citizen for it.
            exclusions.keepFromNeed(answered.citizenId(), answered.needId());
        }
        Need need = needs.getVisible(answered.needId());
        Citizen citizen = citizens.loadForMatching(List.of(answered.citizenId())).getFirst();
        audit.record(AuditAction.READ, List.of(citizen.id()));
        outbox.updated(EntityType.INTRODUCTION, answered.id(),
                declined ? ChangeDetail.INTRODUCTION_DECLINED : ChangeDetail.INTRODUCTION_ACCEPTED);
        return view(answered, need, citizen);
    }

    /**
     * The ACCEPTED introduction an agreement is to be drafted from, locked until the caller's
     * transaction ends: 404 when there is none, 422 when it is not ACCEPTED, 409 when an agreement
     * was already drafted from it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Accepted lockAccepted(String id) {
        Introduction introduction = introductions.findByIdForUpdate(id)
                .orElseThrow(() -> ApiException.unprocessable(List.of(new FieldViolation("introductionId",
                        "no such introduction"))));
        if (introduction.status() != IntroductionStatus.ACCEPTED) {
            throw ApiException.unprocessable(List.of(new FieldViolation("introductionId",
                    "the introduction must be ACCEPTED by the employer; it is " + introduction.status())));
        }
        if (introduction.agreementId() != null) {
            throw ApiException.conflict("An agreement (" + introduction.agreementId()
                    + ") has already been drafted from this introduction.");
        }
        return new Accepted(introduction.id(), introduction.needId(), introduction.citizenId(), introduction.tasks());
    }

    /** Records the agreement drafted from the introduction (locked by {@link #lockAccepted} first). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markDrafted(String id, String agreementId) {
        if (introductions.markDrafted(id, agreementId) != 1) {
            throw ApiException.conflict("An agreement has already been drafted from this introduction.");
        }
    }

    private void requireMayBeIntroduced(Need need, Citizen citizen) {
        List<Introduction> before = introductions.findByNeedIdAndCitizenId(need.id(), citizen.id());
        if (before.stream().anyMatch(i -> i.status() == IntroductionStatus.DECLINED)) {
            throw ApiException.unprocessable(List.of(new FieldViolation("citizenId",
                    "the employer declined this citizen for this need; they are not matched with it again")));
        }
        if (exclusions.keptFrom(citizen.id()).covers(need.id(), need.employerId())) {
            throw ApiException.unprocessable(List.of(new FieldViolation("citizenId",
                    "the citizen is kept from this employer's needs for now (a course with it stopped)")));
        }
        if (!citizen.consent()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("citizenId",
                    "the citizen has not consented to be matched (guarantee 5)")));
        }
        if (holds.citizensHolding(need.id()).contains(citizen.id())) {
            throw ApiException.unprocessable(List.of(new FieldViolation("citizenId",
                    "the citizen already has an agreement on this need")));
        }
        if (before.stream().anyMatch(i -> i.status() == IntroductionStatus.PROPOSED)) {
            throw ApiException.conflict("The citizen is already introduced to this need and awaits the answer.");
        }
        if (before.stream().anyMatch(i -> i.status() == IntroductionStatus.ACCEPTED && i.agreementId() == null)) {
            throw ApiException.conflict("The employer has accepted this citizen for this need; draft the agreement"
                    + " from that introduction.");
        }
    }

    private void requireWithinLimits(Need need, Citizen citizen) {
        long openOnNeed = introductions.countByNeedIdAndStatus(need.id(), IntroductionStatus.PROPOSED);
        if (openOnNeed >= maxOpenPerNeed) {
            throw ApiException.conflict("The need already has " + openOnNeed + " open introductions, the most at a"
                    + " time (jobmatch.introductions.max-open-per-need); wait for the employer's answers.");
        }
        long openForCitizen = introductions.countByCitizenIdAndStatus(citizen.id(), IntroductionStatus.PROPOSED);
        if (openForCitizen >= maxOpenPerCitizen) {
            throw ApiException.conflict("The citizen already has " + openForCitizen + " open introductions, the most"
                    + " at a time (jobmatch.introductions.max-open-per-citizen); wait for the answers.");
        }
    }

    /** The matcher's bundle of the need's free tasks for the hours the citizen has left. */
    private List<Task> carved(Need need, Employer employer, Citizen citizen) {
        if (need.tasks().stream().noneMatch(task -> task.available() > 0)) {
            throw ApiException.conflict("No task of this need has a free place: every place is held by a current"
                    + " agreement.");
        }
        return matcher.propose(need, employer, citizen).map(MatchService.Proposal::tasks).orElseThrow(() -> {
            Need free = need.withFreeTasksOnly();
            List<String> broken = matcher.violations(free, employer, citizen,
                    free.tasks().stream().map(Task::id).toList(), free.totalTaskHours());
            String why = broken.stream().filter(v -> !v.startsWith("2") && !v.startsWith("3")).findFirst()
                    .orElse("no bundle of the need's free tasks fits the citizen's accommodations and both hour ranges"
                            + " (guarantees 2 and 3)");
            return ApiException.unprocessable(List.of(new FieldViolation("citizenId",
                    "this citizen and need cannot be matched: " + why)));
        });
    }

    /** A chosen bundle: free tasks of the need, keeping every guarantee for this citizen. */
    private List<Task> chosen(Need need, Employer employer, Citizen citizen, List<String> taskIds) {
        List<Task> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        if (tasks.size() != taskIds.size()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("taskIds", "must be tasks of the need")));
        }
        List<String> taken = tasks.stream().filter(t -> t.available() == 0).map(Task::title).toList();
        if (!taken.isEmpty()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("taskIds",
                    "must be free tasks: every place of " + String.join(", ", taken) + " is held")));
        }
        List<FieldViolation> errors = new ArrayList<>();
        matcher.violations(need, employer, citizen, taskIds, tasks.stream().mapToDouble(Task::hoursPerWeek).sum())
                .forEach(v -> errors.add(new FieldViolation("taskIds", "breaks guarantee " + v)));
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
        return tasks;
    }

    private static View view(Introduction introduction, Need need, @Nullable Citizen citizen) {
        Set<String> ids = Set.copyOf(introduction.tasks());
        List<Task> tasks = need.tasks().stream().filter(t -> ids.contains(t.id())).toList();
        // The structured accommodations only, in the agreement document's words; never the notes.
        List<String> sentences = citizen == null ? List.of()
                : citizen.accommodations().stream().map(Danish::sentence).toList();
        return new View(introduction, citizen == null ? null : citizen.displayName(), tasks, sentences);
    }
}
