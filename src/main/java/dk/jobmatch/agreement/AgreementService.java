package dk.jobmatch.agreement;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.employer.Task;
import dk.jobmatch.introduction.IntroductionService;
import dk.jobmatch.match.MatchService;
import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.HourRange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Generating, reading, editing (as versions) and approving agreements. */
@Singleton
class AgreementService {

    static final String NOT_FOUND = "No such agreement.";

    private final AgreementStore store;
    private final Allocation allocation;
    private final NeedService needs;
    private final EmployerService employers;
    private final CitizenService citizens;
    private final MatchService matcher;
    private final IntroductionService introductions;
    private final AuditLog audit;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    AgreementService(AgreementStore store, Allocation allocation, NeedService needs, EmployerService employers, CitizenService citizens,
                     MatchService matcher, IntroductionService introductions, AuditLog audit, Outbox outbox,
                     AccessPolicy access, Clock clock) {
        this.store = store;
        this.allocation = allocation;
        this.needs = needs;
        this.employers = employers;
        this.citizens = citizens;
        this.matcher = matcher;
        this.introductions = introductions;
        this.audit = audit;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What to draft: a citizen and a need, or an ACCEPTED introduction (whose need, citizen and
     * tasks the draft takes; any of those given as well must agree with it).
     */
    record Request(@Nullable String citizenId, @Nullable String needId, LocalDate startDate,
                   @Nullable List<String> taskIds, @Nullable Double hoursPerWeek, @Nullable String introductionId) {

        Request from(IntroductionService.Accepted introduction) {
            List<FieldViolation> conflicts = new ArrayList<>();
            if (needId != null && !needId.equals(introduction.needId())) {
                conflicts.add(new FieldViolation("needId", "must be the introduction's need (or left out)"));
            }
            if (citizenId != null && !citizenId.equals(introduction.citizenId())) {
                conflicts.add(new FieldViolation("citizenId", "must be the introduction's citizen (or left out)"));
            }
            if (taskIds != null && !Set.copyOf(taskIds).equals(Set.copyOf(introduction.taskIds()))) {
                conflicts.add(new FieldViolation("taskIds", "must be the introduction's tasks (or left out)"));
            }
            if (!conflicts.isEmpty()) {
                throw ApiException.unprocessable(conflicts);
            }
            return new Request(introduction.citizenId(), introduction.needId(), startDate, introduction.taskIds(),
                    hoursPerWeek, introduction.id());
        }

        /** Without an introduction, the citizen and the need must be named. */
        void requirePair() {
            List<FieldViolation> missing = new ArrayList<>();
            if (needId == null) {
                missing.add(new FieldViolation("needId", "is required unless introductionId is given"));
            }
            if (citizenId == null) {
                missing.add(new FieldViolation("citizenId", "is required unless introductionId is given"));
            }
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable(missing);
            }
        }
    }

    /**
     * An agreement with the content of one of its versions and that version's approvals, and once
     * the course ended in a job the aftercare dates (no part of any version: they follow from the
     * event's date).
     */
    record View(Agreement agreement, AgreementContent content, int version, List<Approval> approvals,
                List<LocalDate> aftercareDates) {

        /** A view of an agreement that has not ended in a job. */
        View(Agreement agreement, AgreementContent content, int version, List<Approval> approvals) {
            this(agreement, content, version, approvals, List.of());
        }
    }

    @Transactional
    View create(Request asked) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Request request;
        if (asked.introductionId() != null) {
            // The introduction's row first (its own lock), then the need's and the citizen's.
            request = asked.from(introductions.lockAccepted(asked.introductionId()));
        } else {
            asked.requirePair();
            request = asked;
        }
        allocation.lock(request.needId(), request.citizenId());
        Citizen citizen = citizens.read(request.citizenId());
        Need need = needs.getVisible(request.needId());
        Employer employer = employers.find(need.employerId()).orElseThrow();
        if (request.hoursPerWeek() != null) {
            allocation.requireHoursLeft(citizen, null, request.hoursPerWeek());
        }
        List<Task> tasks = request.taskIds() == null ? proposedTasks(need, employer, citizen)
                : chosenTasks(need, employer, citizen, request.taskIds());
        double taskHours = tasks.stream().mapToDouble(Task::hoursPerWeek).sum();
        double startHours = request.hoursPerWeek() != null ? request.hoursPerWeek()
                : AgreementDrafter.startHours(citizen.measured(), taskHours, allocation.hoursLeft(citizen, null),
                        need.hoursPerWeek());
        if (request.hoursPerWeek() == null) {
            allocation.requireHoursLeft(citizen, null, startHours);
        }
        checkStartHours(startHours, taskHours, allocation.hoursLeft(citizen, null), need.hoursPerWeek());
        // The plan grows towards the hours the citizen has left, not past their other agreements.
        AgreementContent content = AgreementDrafter.draft(new AgreementDrafter.Draft(need, employer,
                citizen.forMatching(), tasks, startHours, request.startDate(), caller.username()));
        Instant now = clock.instant();
        Agreement agreement = new Agreement(Ids.newId(), citizen.id(), need.id(), employer.id(), caller.username(),
                AgreementStatus.DRAFT, 1, null, now, now);
        store.insert(agreement, content, caller.username());
        if (request.introductionId() != null) {
            introductions.markDrafted(request.introductionId(), agreement.id());
        }
        outbox.created(EntityType.AGREEMENT, agreement.id());
        allocation.hold(agreement, tasks.stream().map(Task::id).toList(), startHours);
        return new View(agreement, content, 1, List.of());
    }

    /**
     * A draft past its life expires and gives back what it held; false if it moved on meanwhile.
     * Always its own transaction, so one draft's failure or lock wait never holds back the others.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    boolean expire(Agreement draft, Instant now) {
        allocation.lock(draft.needId(), draft.citizenId());
        if (!store.moveStatus(draft, AgreementStatus.DRAFT, AgreementStatus.EXPIRED, now)) {
            return false;
        }
        allocation.release(draft);
        outbox.updated(EntityType.AGREEMENT, draft.id(), ChangeDetail.EXPIRED);
        return true;
    }

    /**
     * Holds what a current agreement written before holds existed (V8) takes, from its current
     * version; false when it already holds or has ended meanwhile. Its own transaction, as expiry.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    boolean holdIfMissing(Agreement agreement) {
        allocation.lock(agreement.needId(), agreement.citizenId());
        Agreement current = store.find(agreement.id()).orElse(null);
        if (current == null || !current.status().holds() || !allocation.holdsNothing(current)
                || store.employmentEnded(current.id())) {
            return false;
        }
        AgreementContent content = store.content(current.id(), current.governingVersion()).orElseThrow();
        allocation.hold(current, content.tasks().stream().map(AgreementContent.AgreementTask::taskId).toList(),
                content.hoursPerWeek());
        return true;
    }

    /** A draft can be thrown away; it gives back what it held. Anything later ends with an event. */
    @Transactional
    void delete(String id) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement agreement = visible(id);
        if (agreement.status() != AgreementStatus.DRAFT) {
            throw ApiException.conflict("Only a DRAFT agreement can be deleted; this one is " + agreement.status()
                    + " (record an event to end it).");
        }
        allocation.lock(agreement.needId(), agreement.citizenId());
        allocation.release(agreement);
        store.delete(agreement.id());
        outbox.deleted(EntityType.AGREEMENT, agreement.id());
    }

    @Transactional
    View read(String id) {
        Agreement agreement = visible(id);
        return view(agreement, agreement.version());
    }

    /**
     * What the document shows: the version that governs the work (the one in force, or the draft
     * before any is), not an amendment still awaiting approval; and since when the citizen has the
     * job the course ended in, which the aftercare dates count from.
     */
    record DocumentView(View view, @Nullable LocalDate employedSince) {
    }

    @Transactional
    DocumentView readDocument(String id) {
        Agreement agreement = visible(id);
        return new DocumentView(view(agreement, agreement.governingVersion()),
                store.employedSince(agreement.id()).orElse(null));
    }

    /**
     * The newest version of an agreement the caller may see, for If-Match. Not audited: a version
     * number shows nothing of the citizen, and a request refused with 412 must leave no trace.
     */
    @Transactional
    int currentVersion(String id) {
        return accessible(id).version();
    }

    @Transactional
    View readVersion(String id, int version) {
        Agreement agreement = visible(id);
        if (version > agreement.version()) {
            throw ApiException.notFound("No such version of this agreement.");
        }
        return view(agreement, version);
    }

    /**
     * Saves an edit of {@code editedVersion} as the next version. Tasks may be the need's current
     * tasks or those the agreement already names (a need edited since keeps its agreements valid).
     */
    @Transactional
    View update(String id, int editedVersion, UnaryOperator<AgreementContent> edit) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement agreement = visible(id);
        if (agreement.status().ended()) {
            throw ApiException.conflict("The agreement has ended and can no longer be edited.");
        }
        AgreementContent current = store.content(agreement.id(), agreement.version()).orElseThrow();
        AgreementContent edited = edit.apply(current);
        allocation.lock(agreement.needId(), agreement.citizenId());
        Need need = needs.getVisible(agreement.needId());
        Citizen citizen = citizens.loadForMatching(List.of(agreement.citizenId())).getFirst();
        HourRange hoursLeft = allocation.hoursLeft(citizen, agreement.id());
        List<FieldViolation> errors = new ArrayList<>(ProgressionPlanner.check(edited.startDate(), edited.hoursPerWeek(),
                edited.effectivenessPercent(), edited.progression(), hoursLeft, need.hoursPerWeek()));
        errors.addAll(HourSplit.check(edited));
        Set<String> knownTaskIds = need.tasks().stream().map(Task::id).collect(Collectors.toCollection(HashSet::new));
        current.tasks().forEach(t -> knownTaskIds.add(t.taskId()));
        for (int i = 0; i < edited.tasks().size(); i++) {
            if (!knownTaskIds.contains(edited.tasks().get(i).taskId())) {
                errors.add(new FieldViolation("tasks[" + i + "].taskId", "is not a task of the agreement's need"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
        List<String> taskIds = edited.tasks().stream().map(AgreementContent.AgreementTask::taskId).toList();
        allocation.requireFreePlaces(need, taskIds, agreement.id());
        allocation.requireHoursLeft(citizen, agreement.id(), edited.hoursPerWeek());
        Agreement next = store.addVersion(agreement, editedVersion, edited, caller.username(), clock.instant());
        outbox.updated(EntityType.AGREEMENT, next.id());
        allocation.hold(next, taskIds, edited.hoursPerWeek());
        return new View(next, edited, next.version(), List.of());
    }

    /** Records a party's approval of the current version; all three make the agreement ACTIVE. */
    @Transactional
    View approve(String id, Party party) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        // Locked and read again: two parties approving at once must see each other's approval,
        // or neither would find all three and the agreement would stay a draft.
        Agreement agreement = store.findForUpdate(visible(id).id())
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (caller.is(Role.EMPLOYER) && party != Party.EMPLOYER) {
            throw ApiException.forbidden("An employer login can only approve on behalf of the employer.");
        }
        if (agreement.status().ended()) {
            throw ApiException.conflict("The agreement has ended.");
        }
        Set<Party> approved = store.approvals(agreement.id(), agreement.version()).stream().map(Approval::party)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Party.class)));
        boolean added = approved.add(party);
        if (added) {
            store.approve(agreement, party, caller.username(), clock.instant());
        }
        boolean awaitsApproval = agreement.status() == AgreementStatus.DRAFT || agreement.amendmentPending();
        if (approved.containsAll(EnumSet.allOf(Party.class)) && awaitsApproval) {
            boolean amendment = agreement.status() == AgreementStatus.ACTIVE;
            agreement = store.bringIntoForce(agreement, clock.instant());
            outbox.updated(EntityType.AGREEMENT, agreement.id(), amendment ? ChangeDetail.AMENDED : ChangeDetail.ACTIVATED);
        } else if (added) {
            outbox.updated(EntityType.AGREEMENT, agreement.id());
        }
        return view(agreement, agreement.version());
    }

    /**
     * The agreement if the caller may see it: consultants and administrators all, an employer its
     * own (others are reported as not found). Every read is a read of the citizen's data.
     */
    Agreement visible(String id) {
        Agreement agreement = accessible(id);
        audit.record(AuditAction.READ, List.of(agreement.citizenId()));
        return agreement;
    }

    private Agreement accessible(String id) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        Agreement agreement = store.find(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (!access.mayAccessEmployer(caller, agreement.employerId())) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return agreement;
    }

    private View view(Agreement agreement, int version) {
        AgreementContent content = store.content(agreement.id(), version).orElseThrow();
        List<LocalDate> aftercare = agreement.status().endedInWork()
                ? Aftercare.start(store.events(agreement.id())).map(Aftercare::dates).orElse(List.of()) : List.of();
        return new View(agreement, content, version, store.approvals(agreement.id(), version), aftercare);
    }

    private List<Task> proposedTasks(Need need, Employer employer, Citizen citizen) {
        if (need.tasks().stream().noneMatch(task -> task.available() > 0)) {
            throw ApiException.conflict("No task of this need has a free place: every place is held by a current"
                    + " agreement.");
        }
        return matcher.propose(need, employer, citizen)
                .orElseThrow(() -> ApiException.unprocessable(List.of(new FieldViolation("needId",
                        "this citizen and need cannot be matched (a hard constraint is not met)"))))
                .tasks();
    }

    private List<Task> chosenTasks(Need need, Employer employer, Citizen citizen, List<String> taskIds) {
        List<Task> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        List<FieldViolation> errors = new ArrayList<>();
        if (tasks.size() != Set.copyOf(taskIds).size()) {
            errors.add(new FieldViolation("taskIds", "must be tasks of the need, each once"));
        } else {
            allocation.requireFreePlaces(need, taskIds, null);
            double hours = tasks.stream().mapToDouble(Task::hoursPerWeek).sum();
            matcher.violations(need, employer, citizen, taskIds, hours)
                    .forEach(v -> errors.add(new FieldViolation("taskIds", "breaks guarantee " + v)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
        return tasks;
    }

    private static void checkStartHours(double start, double taskHours, HourRange citizen, HourRange need) {
        if (!HourRange.isHalfHourStep(start) || start > taskHours || start > Math.min(citizen.max(), need.max())) {
            throw ApiException.unprocessable(List.of(new FieldViolation("hoursPerWeek",
                    "must be in half-hour steps, at most the tasks' hours and both maximums")));
        }
    }
}
