package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.Danish;
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
            AgreementStatus.STOPPED, "Stoppet");
    private static final Map<Party, String> PARTY = Map.of(
            Party.CITIZEN, "Borger", Party.EMPLOYER, "Virksomhed", Party.CONSULTANT, "Virksomhedskonsulent");

    record Section(String heading, List<String> paragraphs, List<List<String>> table) {
    }

    record Document(String title, String subtitle, List<Section> sections) {
    }

    private AgreementDocument() {
    }

    static Document of(AgreementService.View view) {
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
        sections.add(new Section("Opfølgning", List.of(
                "Konsulenten har kontakt med borger og virksomhed hver " + c.followUp().cadenceDays() + ". dag; "
                        + "første opfølgning " + date(c.followUp().nextDate()) + ".",
                "Besøg på arbejdspladsen: " + c.followUp().companyVisits().stream().map(AgreementDocument::date)
                        .collect(Collectors.joining(", ")) + ".",
                "Går noget galt, kontaktes virksomhedskonsulenten med det samme."), List.of()));
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
                sections);
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
