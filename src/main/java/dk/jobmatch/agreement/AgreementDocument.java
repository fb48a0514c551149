package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.FollowUpFormat;
import dk.jobmatch.vocabulary.HourType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The agreement as a Danish document: titled sections of paragraphs and tables. The HTML and PDF
 * renderers only lay these out, so both say exactly the same.
 */
final class AgreementDocument {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    private static final Map<AgreementStatus, String> STATUS = Map.of(
            AgreementStatus.DRAFT, "Udkast", AgreementStatus.ACTIVE, "Aktiv",
            AgreementStatus.ORDINARY_HOURS, "Overgået til ordinære timer", AgreementStatus.HIRED, "Ansat",
            AgreementStatus.STOPPED, "Stoppet", AgreementStatus.EXPIRED, "Udløbet");
    /** Efterværn: follow-ups this many weeks after the course ended in a job (contract v1.1). */
    private static final Map<Party, String> PARTY = Map.of(
            Party.CITIZEN, "Borger", Party.EMPLOYER, "Virksomhed", Party.CONSULTANT, "Virksomhedskonsulent");

    record Section(String heading, List<String> paragraphs, List<List<String>> table) {
    }

    /** {@code notes} stand out under the title: which version this is, and one awaiting approval. */
    record Document(String title, String subtitle, List<String> notes, List<Section> sections) {
    }

    private AgreementDocument() {
    }

    static Document of(AgreementService.DocumentView document) {
        AgreementService.View view = document.view();
        AgreementContent c = view.content();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Parter", List.of(), List.of(
                List.of("Part", "Navn", "Kontakt"),
                party("Borger", c.citizen()),
                party("Virksomhed", c.employer()),
                party("Fast kontaktperson", c.contactPerson()),
                party("Virksomhedskonsulent", c.consultant()))));
        sections.add(new Section("Formål", List.of(
                "Forløbstype: " + Danish.label(c.placementType()) + ".",
                c.purpose() == null ? "" : c.purpose()), List.of()));
        sections.add(new Section("Start og timer", List.of(
                "Startdato: " + date(c.startDate()) + ".",
                "Timer om ugen ved start: " + Danish.number(c.hoursPerWeek()) + "."
                        + (c.effectivenessPercent() == null ? "" : " Forventet effektivitet: " + c.effectivenessPercent() + " %."),
                c.reassessmentDate() == null ? "" : "Timetallet revurderes senest " + date(c.reassessmentDate()) + "."),
                List.of()));
        List<List<String>> tasks = new ArrayList<>();
        tasks.add(List.of("Opgave", "Timer om ugen", "Timetype"));
        c.tasks().forEach(t -> tasks.add(List.of(t.title(), t.hoursPerWeek() == null ? "" : Danish.number(t.hoursPerWeek()),
                capitalized(Danish.label(t.hourType())))));
        sections.add(new Section("Arbejdsopgaver", List.of(split(c.tasks())), tasks));
        sections.add(new Section("Skånehensyn", c.accommodationText().isEmpty()
                ? List.of("Der er ikke aftalt særlige skånehensyn.") : c.accommodationText(), List.of()));
        sections.add(new Section("Mål og delmål", c.goals().stream()
                .map(g -> g.text() + (g.dueDate() == null ? "" : " (senest " + date(g.dueDate()) + ")"))
                .toList(), List.of()));
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("Fra", "Timer om ugen", "Praktiktimer", "Løntimer", "Effektivitet", "Beskrivelse"));
        c.progression().forEach(p -> steps.add(List.of(date(p.dueDate()), Danish.number(p.hoursPerWeek()),
                Danish.number(p.internshipHoursPerWeek()), Danish.number(paidHours(p)),
                p.effectivenessPercent() + " %", p.description() == null ? "" : p.description())));
        sections.add(new Section("Progression", List.of(paidMeaning(c.tasks())), steps));
        sections.add(followUp(c.followUp(), view.agreement().status(), document.employedSince()));
        List<List<String>> signatures = new ArrayList<>();
        signatures.add(List.of("Part", "Godkendt af", "Dato"));
        for (Party party : Party.values()) {
            var approval = view.approvals().stream().filter(a -> a.party() == party).findFirst();
            signatures.add(List.of(PARTY.get(party), approval.map(Approval::approvedBy).orElse("________________"),
                    approval.map(a -> date(LocalDate.ofInstant(a.approvedAt(), ZoneOffset.UTC))).orElse("________")));
        }
        sections.add(new Section("Underskrifter", List.of(
                "Aftalen gælder, når borger, virksomhed og virksomhedskonsulent har godkendt denne version."), signatures));
        return new Document("Arbejdsaftale", "Version " + view.version() + " · " + STATUS.get(view.agreement().status()),
                notes(view), sections);
    }

    /** Which version this is; an amendment awaiting approval is named, since this is not it. */
    private static List<String> notes(AgreementService.View view) {
        Agreement agreement = view.agreement();
        if (agreement.inForceVersion() == null) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        notes.add("Dette er version " + view.version() + ", den gældende aftale, godkendt af borger, virksomhed og"
                + " virksomhedskonsulent.");
        if (agreement.amendmentPending() && agreement.status() == AgreementStatus.ACTIVE) {
            notes.add("Version " + agreement.version() + " afventer godkendelse. Indtil alle tre parter har godkendt"
                    + " den, gælder version " + view.version() + ".");
        }
        return notes;
    }

    /**
     * The follow-up plan: contact at the cadence (by phone, video or a meeting at the jobcentre),
     * the planned visits at the workplace, and aftercare once the course has ended in a job (before
     * that, the promise of it).
     */
    private static Section followUp(AgreementContent.FollowUpPlan plan, AgreementStatus status,
                                     LocalDate employedSince) {
        String contact = listed(Stream.of(FollowUpFormat.PHONE, FollowUpFormat.VIDEO, FollowUpFormat.JOBCENTRE_MEETING)
                .map(Danish::label).toList(), "eller");
        String visit = capitalized(Danish.label(FollowUpFormat.WORKPLACE_VISIT));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Konsulenten har kontakt med borger og virksomhed hver " + plan.cadenceDays() + ". dag ("
                + contact + "); første opfølgning " + date(plan.nextDate()) + ".");
        paragraphs.add(plan.companyVisits().isEmpty() ? "Der er ikke planlagt besøg på arbejdspladsen."
                : visit + " (" + plan.companyVisits().size() + " planlagt): "
                        + listed(plan.companyVisits().stream().map(AgreementDocument::date).toList(), "og") + ".");
        List<List<String>> table = new ArrayList<>();
        List<Map.Entry<LocalDate, String>> dates = new ArrayList<>();
        dates.add(Map.entry(plan.nextDate(), "Opfølgning (" + contact + ")"));
        plan.companyVisits().forEach(d -> dates.add(Map.entry(d, visit)));
        List<String> weeks = Aftercare.WEEKS.stream().map(String::valueOf).toList();
        boolean employed = employedSince != null
                && (status == AgreementStatus.HIRED || status == AgreementStatus.ORDINARY_HOURS);
        if (employed) {
            List<LocalDate> aftercare = Aftercare.WEEKS.stream().map(employedSince::plusWeeks).toList();
            paragraphs.add((status == AgreementStatus.HIRED ? "Borgeren blev ansat " : "Borgeren overgik til ordinære"
                    + " timer ") + date(employedSince) + ". Efterværn: konsulenten følger op " + listed(weeks, "og")
                    + " uger efter, " + listed(aftercare.stream().map(AgreementDocument::date).toList(), "og") + ".");
            for (int i = 0; i < aftercare.size(); i++) {
                dates.add(Map.entry(aftercare.get(i), "Efterværn, " + Aftercare.WEEKS.get(i) + " uger efter"));
            }
        } else {
            paragraphs.add("Efter ansættelse følger efterværn: konsulenten følger op " + listed(weeks, "og")
                    + " uger efter ansættelsen.");
        }
        paragraphs.add("Går noget galt, kontaktes virksomhedskonsulenten med det samme.");
        table.add(List.of("Dato", "Opfølgning"));
        dates.stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> table.add(List.of(date(e.getKey()), e.getValue())));
        return new Section("Opfølgning", paragraphs, table);
    }

    /** Items as Danish writes a list: "2, 6, 12 og 26", "telefonsamtale, videosamtale eller møde". */
    private static String listed(List<String> items, String conjunction) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.getLast();
    }

    /** The kombi model in one sentence: how the tasks' hours divide between the hour types. */
    private static String split(List<AgreementContent.AgreementTask> tasks) {
        Map<HourType, Double> hours = new EnumMap<>(HourType.class);
        tasks.forEach(t -> hours.merge(t.hourType(), t.hoursPerWeek() == null ? 0 : t.hoursPerWeek(), Double::sum));
        String parts = hours.entrySet().stream()
                .map(e -> Danish.label(e.getKey()) + " " + Danish.number(e.getValue()))
                .collect(Collectors.joining(", "));
        boolean kombi = hours.containsKey(HourType.PRAKTIK) && hours.size() > 1;
        return (kombi ? "Kombi-model: praktikopgaver og lønnede opgaver. " : "")
                + "Timer om ugen pr. timetype: " + parts + ".";
    }

    /** Says what the plan's "Løntimer" are, since paid hours can be løntimer, fleksjob or løntilskud. */
    private static String paidMeaning(List<AgreementContent.AgreementTask> tasks) {
        String paidTypes = tasks.stream().map(AgreementContent.AgreementTask::hourType).filter(HourType::paid)
                .distinct().sorted().map(Danish::label).collect(Collectors.joining(" og "));
        return "Praktiktimer er virksomhedspraktik uden løn; løntimer er timer med løn"
                + (paidTypes.isEmpty() ? "" : " (" + paidTypes + ")") + ".";
    }

    private static double paidHours(AgreementContent.Clause clause) {
        return clause.paidHoursPerWeek() == null ? 0 : clause.paidHoursPerWeek();
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static List<String> party(String role, AgreementContent.PartyInfo info) {
        String contact = Stream.of(info.phone(), info.email())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return List.of(role, info.name() == null ? "" : info.name(), contact);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
