package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.BipIndicator;
import dk.jobmatch.vocabulary.FollowUpFormat;
import dk.jobmatch.vocabulary.HourType;
import dk.jobmatch.vocabulary.PlacementType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Courses, follow-ups and events for the pure tests of progress, visits, aftercare and attention. */
final class Courses {

    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final Instant RECORDED = Instant.parse("2026-11-20T09:00:00Z");

    private Courses() {
    }

    /** The Thisted case: 9 h at 75 %, 10.5 h at 80 % after six weeks, 12 h at 85 % after twelve. */
    static AgreementContent thisted(List<LocalDate> companyVisits) {
        List<AgreementContent.Clause> plan = List.of(
                new AgreementContent.Clause(START.plusWeeks(6), 10.5, 80, null, null),
                new AgreementContent.Clause(START.plusWeeks(12), 12, 85, null, null));
        return new AgreementContent(PlacementType.TRAENING, null, START, 9, 75, null,
                List.of(new AgreementContent.AgreementTask("t1", "Pakning", 12.0, false, HourType.PRAKTIK)), Set.of(),
                List.of(), List.of(), plan, new AgreementContent.FollowUpPlan(14, START.plusDays(14), companyVisits),
                party("Borger"), party("Virksomhed"), party("Kontaktperson"), party("Konsulent"));
    }

    static AgreementContent thisted() {
        return thisted(AgreementDrafter.defaultVisits(START));
    }

    static FollowUp followUp(LocalDate date, double hours, Integer effectiveness) {
        return new FollowUp("f-" + date, date, hours, effectiveness, FollowUpFormat.PHONE, null, null, Map.of(), false,
                null, null, "konsulent", RECORDED);
    }

    static FollowUp visit(LocalDate date) {
        return new FollowUp("v-" + date, date, 9, 75, FollowUpFormat.WORKPLACE_VISIT, null, null, Map.of(), false,
                null, null, "konsulent", RECORDED);
    }

    static FollowUp measured(LocalDate date, Integer who5, Integer gse, Map<BipIndicator, Integer> bip,
                             Instant recorded) {
        return new FollowUp("m-" + date + recorded, date, 9, 75, null, who5, gse, bip, false, null, null, "konsulent",
                recorded);
    }

    static FollowUp aftercare(LocalDate date, boolean stillEmployed) {
        return new FollowUp("a-" + date, date, 15, 90, FollowUpFormat.PHONE, null, null, Map.of(), true,
                stillEmployed, null, "konsulent", RECORDED);
    }

    static AgreementEvent event(AgreementEvent.Type type, LocalDate date) {
        return new AgreementEvent("e-" + type + date, type, date, null, null, null, "konsulent", RECORDED);
    }

    private static AgreementContent.PartyInfo party(String role) {
        return new AgreementContent.PartyInfo(role, role, null, null);
    }
}
