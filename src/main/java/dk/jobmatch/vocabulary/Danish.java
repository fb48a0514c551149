package dk.jobmatch.vocabulary;

import java.util.Map;

/** Plain Danish wording of the codes, for explanations and agreement documents. */
public final class Danish {

    private static final Map<Enum<?>, String> LABELS = Map.ofEntries(
            Map.entry(Accommodation.NO_HEAVY_LIFTING, "ingen tunge løft"),
            Map.entry(Accommodation.LIMITED_STANDING, "begrænset stående arbejde"),
            Map.entry(Accommodation.NO_CUSTOMER_CONTACT, "ingen kundekontakt"),
            Map.entry(Accommodation.QUIET_ENVIRONMENT, "roligt miljø"),
            Map.entry(Accommodation.NO_TIME_PRESSURE, "intet tidspres"),
            Map.entry(Accommodation.WORKS_ALONE, "arbejder bedst alene"),
            Map.entry(Accommodation.FIXED_ROUTINE, "faste rutiner"),
            Map.entry(Accommodation.NO_DRIVING, "ingen kørsel"),
            Map.entry(Accommodation.SHORT_SHIFTS, "korte vagter"),
            Map.entry(Accommodation.NO_EARLY_MORNING, "ingen tidlige morgener"),
            Map.entry(Accommodation.NO_EVENING_NIGHT, "ingen aften- eller natarbejde"),
            Map.entry(Accommodation.NO_WEEKEND, "ingen weekendarbejde"),
            Map.entry(Accommodation.INDOOR_ONLY, "kun indendørs arbejde"),
            Map.entry(Flexibility.REDUCED_PACE, "nedsat tempo"),
            Map.entry(Flexibility.QUIET_WORKSPACE, "stille arbejdsplads"),
            Map.entry(Flexibility.WORK_ALONE_POSSIBLE, "mulighed for at arbejde alene"),
            Map.entry(Flexibility.LIFTING_AIDS, "løftehjælpemidler"),
            Map.entry(Flexibility.SEATED_WORK_POSSIBLE, "mulighed for siddende arbejde"),
            Map.entry(Flexibility.FLEXIBLE_HOURS, "fleksible arbejdstider"),
            Map.entry(Flexibility.GRADUAL_START, "gradvis opstart"),
            Map.entry(Flexibility.MENTOR_AVAILABLE, "mentor på arbejdspladsen"),
            Map.entry(Flexibility.BREAKS_AS_NEEDED, "pauser efter behov"),
            Map.entry(Qualification.DRIVING_LICENCE_B, "kørekort B"),
            Map.entry(Qualification.DRIVING_LICENCE_C, "kørekort C"),
            Map.entry(Qualification.FORKLIFT_CERTIFICATE, "truckcertifikat"),
            Map.entry(Qualification.DANISH_SPOKEN, "dansk mundtligt"),
            Map.entry(Qualification.DANISH_WRITTEN, "dansk skriftligt"),
            Map.entry(Qualification.ENGLISH_SPOKEN, "engelsk mundtligt"),
            Map.entry(Qualification.CRIMINAL_RECORD_CLEAN, "ren straffeattest"),
            Map.entry(Qualification.CHILD_RECORD_CLEAN, "børneattest"),
            Map.entry(Qualification.FOOD_HYGIENE_CERTIFICATE, "hygiejnebevis"),
            Map.entry(Qualification.FIRST_AID, "førstehjælp"),
            Map.entry(Qualification.SAFETY_SHOES_ABLE, "kan bruge sikkerhedssko"),
            Map.entry(TaskDemand.HEAVY_LIFTING, "tunge løft"),
            Map.entry(TaskDemand.PROLONGED_STANDING, "længerevarende stående arbejde"),
            Map.entry(TaskDemand.CUSTOMER_CONTACT, "kundekontakt"),
            Map.entry(TaskDemand.NOISY_ENVIRONMENT, "støjende miljø"),
            Map.entry(TaskDemand.TIME_PRESSURE, "tidspres"),
            Map.entry(TaskDemand.CLOSE_TEAMWORK, "tæt samarbejde"),
            Map.entry(TaskDemand.VARIED_UNPREDICTABLE, "varierende og uforudsigelige opgaver"),
            Map.entry(TaskDemand.DRIVING, "kørsel"),
            Map.entry(TaskDemand.LONG_SHIFTS, "lange vagter"),
            Map.entry(TaskDemand.OUTDOOR_WORK, "udendørs arbejde"),
            Map.entry(TimeSlot.EARLY_MORNING, "tidlig morgen (før kl. 7)"),
            Map.entry(TimeSlot.MORNING, "formiddag"),
            Map.entry(TimeSlot.DAYTIME, "dagtimer"),
            Map.entry(TimeSlot.EVENING, "aften"),
            Map.entry(TimeSlot.NIGHT, "nat"),
            Map.entry(TimeSlot.WEEKEND, "weekend"),
            Map.entry(CompanySize.MICRO, "en mikrovirksomhed (under 10 ansatte)"),
            Map.entry(CompanySize.SMALL, "en lille virksomhed (10-49 ansatte)"),
            Map.entry(CompanySize.MEDIUM, "en mellemstor virksomhed (50-249 ansatte)"),
            Map.entry(CompanySize.LARGE, "en stor virksomhed (250+ ansatte)"),
            Map.entry(PlacementType.AFKLARING, "afklaring"),
            Map.entry(PlacementType.TRAENING, "træning"),
            Map.entry(PlacementType.REKRUTTERING, "rekruttering"),
            Map.entry(PlacementType.ORDINARY, "ordinært job"),
            Map.entry(TargetGroup.FLEKSJOB, "fleksjob"),
            Map.entry(TargetGroup.RESSOURCEFORLOEB, "ressourceforløb"),
            Map.entry(TargetGroup.AKTIVITETSPARAT, "aktivitetsparat"),
            Map.entry(TargetGroup.JOBPARAT, "jobparat"),
            Map.entry(TargetGroup.SYGEDAGPENGE, "sygedagpenge"),
            Map.entry(TargetGroup.INTEGRATION, "integrationsprogram"),
            Map.entry(TargetGroup.OTHER, "anden målgruppe"),
            Map.entry(HourType.PRAKTIK, "virksomhedspraktik (ulønnet)"),
            Map.entry(HourType.LOENTIMER, "ordinære løntimer"),
            Map.entry(HourType.FLEKSJOB, "fleksjob"),
            Map.entry(HourType.LOENTILSKUD, "løntilskud"),
            Map.entry(EndReason.CITIZEN_HEALTH, "borgerens helbred"),
            Map.entry(EndReason.CITIZEN_WITHDREW, "borgeren ønskede at stoppe"),
            Map.entry(EndReason.TASKS_UNSUITABLE, "opgaverne passede ikke"),
            Map.entry(EndReason.WORKPLACE_CULTURE, "arbejdspladsens kultur og samarbejde"),
            Map.entry(EndReason.HOURS_NOT_REACHED, "timetallet kunne ikke nås"),
            Map.entry(EndReason.EMPLOYER_NO_LONGER_NEEDS, "virksomheden har ikke længere behovet"),
            Map.entry(EndReason.EMPLOYER_DISSATISFIED, "virksomheden var ikke tilfreds"),
            Map.entry(EndReason.MOVED, "borgeren er flyttet"),
            Map.entry(EndReason.OTHER, "anden årsag"),
            Map.entry(DeclineReason.TASKS_NOT_SUITABLE, "opgaverne passer ikke til borgeren"),
            Map.entry(DeclineReason.HOURS_DO_NOT_FIT, "timerne passer ikke"),
            Map.entry(DeclineReason.ACCOMMODATIONS_NOT_POSSIBLE, "hensynene kan ikke imødekommes"),
            Map.entry(DeclineReason.NO_TIME_TO_TRAIN, "ingen tid til oplæring lige nu"),
            Map.entry(DeclineReason.NEED_COVERED, "behovet er dækket eller ændret"),
            Map.entry(DeclineReason.OTHER, "anden årsag"),
            Map.entry(FollowUpFormat.WORKPLACE_VISIT, "besøg på arbejdspladsen"),
            Map.entry(FollowUpFormat.PHONE, "telefonsamtale"),
            Map.entry(FollowUpFormat.JOBCENTRE_MEETING, "møde i jobcentret"),
            Map.entry(FollowUpFormat.VIDEO, "videosamtale"),
            Map.entry(BipIndicator.COOPERATION, "samarbejde med andre"),
            Map.entry(BipIndicator.JOB_SEARCH_KNOWLEDGE, "viden om, hvad der skal til for at få et job"),
            Map.entry(BipIndicator.ENERGY, "overskud til et job eller et forløb"),
            Map.entry(BipIndicator.HEALTH, "helbredet i forhold til arbejde"),
            Map.entry(BipIndicator.ATTENDANCE, "stabilt fremmøde"),
            Map.entry(BipIndicator.CONSULTANT_ASSESSMENT, "konsulentens vurdering: i job inden for et år"),
            Map.entry(AttentionFlag.FOLLOW_UP_OVERDUE, "opfølgning overskredet"),
            Map.entry(AttentionFlag.BEHIND_TWICE, "bagud to gange i træk"),
            Map.entry(AttentionFlag.DRAFT_STALE, "udkast ikke godkendt i 14 dage"),
            Map.entry(AttentionFlag.VISITS_BEHIND, "virksomhedsbesøg bagud"),
            Map.entry(AttentionFlag.AFTERCARE_DUE, "efterværn mangler"),
            Map.entry(AttentionFlag.NEEDS_NEW_PLACEMENT, "stoppet uden nyt forløb"));

    /** Each accommodation as a concrete sentence, as the agreement document and introductions state it. */
    private static final Map<Accommodation, String> SENTENCES = Map.ofEntries(
            Map.entry(Accommodation.NO_HEAVY_LIFTING, "Borgeren løfter ikke tungt; tunge løft klares af kolleger eller med hjælpemidler."),
            Map.entry(Accommodation.LIMITED_STANDING, "Borgeren kan sidde ned efter behov; længerevarende stående arbejde undgås."),
            Map.entry(Accommodation.NO_CUSTOMER_CONTACT, "Borgeren har ikke kundekontakt."),
            Map.entry(Accommodation.QUIET_ENVIRONMENT, "Borgeren arbejder i rolige omgivelser uden vedvarende støj."),
            Map.entry(Accommodation.NO_TIME_PRESSURE, "Borgeren arbejder uden tidspres; opgaverne har ikke faste deadlines i løbet af dagen."),
            Map.entry(Accommodation.WORKS_ALONE, "Borgeren arbejder så vidt muligt alene, med en fast kontaktperson."),
            Map.entry(Accommodation.FIXED_ROUTINE, "Borgeren har faste opgaver og en fast dagsrytme; ændringer aftales i god tid."),
            Map.entry(Accommodation.NO_DRIVING, "Borgeren udfører ikke kørsel."),
            Map.entry(Accommodation.SHORT_SHIFTS, "Borgeren arbejder i korte vagter."),
            Map.entry(Accommodation.NO_EARLY_MORNING, "Borgeren møder ikke før kl. 7."),
            Map.entry(Accommodation.NO_EVENING_NIGHT, "Borgeren arbejder ikke om aftenen eller natten."),
            Map.entry(Accommodation.NO_WEEKEND, "Borgeren arbejder ikke i weekenden."),
            Map.entry(Accommodation.INDOOR_ONLY, "Borgeren arbejder kun indendørs."));

    private Danish() {
    }

    /** The accommodation as one concrete Danish sentence (no health details beyond the code itself). */
    public static String sentence(Accommodation accommodation) {
        return SENTENCES.get(accommodation);
    }

    public static String label(Enum<?> code) {
        String label = LABELS.get(code);
        if (label == null) {
            throw new IllegalArgumentException("no Danish label for " + code);
        }
        return label;
    }

    /** A number as Danes write it: "8", "7,5". */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value).replace('.', ',');
    }
}
