package dk.jobmatch.demo;

import java.util.List;

/**
 * The raw material of the demo: the places around Frederikshavn (the reports' carpentry case), the
 * trades of its employers with their substitution-wheel tasks, and what citizens bring. Written
 * from the reports (../shared/domain.md): routine tasks freed from skilled staff, few and learnable
 * competences, few non-negotiables, flexibilities that make accommodations possible.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    record Place(String city, String postcode, double lat, double lon, int weight) {
    }

    /** Frederikshavn Kommune: the town and the places within about 40 km. */
    static final List<Place> PLACES = List.of(
            new Place("Frederikshavn", "9900", 57.4407, 10.5366, 40),
            new Place("Sæby", "9300", 57.3319, 10.5136, 17),
            new Place("Skagen", "9990", 57.7209, 10.5839, 14),
            new Place("Strandby", "9970", 57.4910, 10.4990, 6),
            new Place("Ålbæk", "9982", 57.5930, 10.4170, 5),
            new Place("Østervrå", "9750", 57.3510, 10.2490, 6),
            new Place("Jerup", "9981", 57.5280, 10.4260, 4),
            new Place("Elling", "9900", 57.4560, 10.4780, 5),
            new Place("Gærum", "9900", 57.3980, 10.4230, 3));

    record TaskTemplate(String title, String description, double hours, List<String> competences,
                        List<String> demands, List<String> schedule) {
    }

    record Trade(String industry, List<String> employerNames, List<String> sizes, String workCulture,
                 List<String> needTitles, String placementType, List<TaskTemplate> tasks,
                 List<String> nonNegotiables, List<String> flexibilities, List<String> jobTitles,
                 List<String> competences, String experience) {
    }

    static TaskTemplate task(String title, String description, double hours, List<String> competences,
                             List<String> demands, List<String> schedule) {
        return new TaskTemplate(title, description, hours, competences, demands, schedule);
    }

    static final List<Trade> TRADES = List.of(
            new Trade("Byggeri", List.of("Tømrerfirmaet Kragh & Søn", "Nordtømreren", "Sæby Byg og Snedkeri",
                    "Skagen Tag & Facade", "Murerfirmaet Vendsyssel"), List.of("SMALL", "MICRO"),
                    "Lille hold, fast makker, rolig formiddag",
                    List.of("Oprydning og kørsel på byggepladser", "Frigjorte hjælpeopgaver fra tømrerne"), "REKRUTTERING",
                    List.of(task("Oprydning på byggepladsen", "Feje, samle affald, sortere i containere", 6,
                                    List.of("oprydning", "affaldssortering"), List.of("PROLONGED_STANDING", "OUTDOOR_WORK"), List.of("MORNING")),
                            task("Kørsel til genbrugsplads", "Køre affald og restmaterialer væk", 4,
                                    List.of("kørsel"), List.of("DRIVING", "HEAVY_LIFTING"), List.of("DAYTIME")),
                            task("Pakning af varebiler", "Gøre bilerne klar til næste dags opgaver", 4,
                                    List.of("pakning", "lagerarbejde"), List.of("HEAVY_LIFTING"), List.of("EARLY_MORNING")),
                            task("Vedligehold af værktøj", "Rense, oliere og registrere værktøj i værkstedet", 3,
                                    List.of("værktøj", "orden"), List.of(), List.of("DAYTIME"))),
                    List.of(), List.of("GRADUAL_START", "MENTOR_AVAILABLE", "LIFTING_AIDS"),
                    List.of("Tømrerhjælper", "Pladsmand", "Chauffør"),
                    List.of("oprydning", "affaldssortering", "kørsel", "værktøj", "pakning"),
                    "Har været arbejdsmand i byggeriet og hjulpet med nedrivning"),
            new Trade("Lager og logistik", List.of("Nordjysk Lager & Distribution", "Havnens Logistik", "Vendsyssel Grossist",
                    "Fiskernes Indkøbsforening"), List.of("MEDIUM", "SMALL"),
                    "Faste vagter, fast plads ved pakkebordet, travlt om eftermiddagen",
                    List.of("Hjælp på lageret", "Pakkeri og varemodtagelse"), "TRAENING",
                    List.of(task("Plukning af ordrer", "Plukke efter pluklister med håndscanner", 6,
                                    List.of("plukning", "lagerarbejde", "håndscanner"), List.of("PROLONGED_STANDING", "TIME_PRESSURE"), List.of("DAYTIME")),
                            task("Varemodtagelse og optælling", "Tjekke følgesedler og tælle varer op", 4,
                                    List.of("varemodtagelse", "optælling"), List.of(), List.of("MORNING")),
                            task("Emballering og etikettering", "Pakke og mærke forsendelser", 5,
                                    List.of("pakning", "etikettering"), List.of(), List.of("DAYTIME")),
                            task("Truckkørsel i reolgangene", "Sætte paller på plads", 4,
                                    List.of("truckkørsel"), List.of("NOISY_ENVIRONMENT"), List.of("DAYTIME"))),
                    List.of("SAFETY_SHOES_ABLE"), List.of("SEATED_WORK_POSSIBLE", "REDUCED_PACE", "BREAKS_AS_NEEDED"),
                    List.of("Lagermedarbejder", "Pakkeriarbejder", "Truckfører"),
                    List.of("lagerarbejde", "plukning", "pakning", "truckkørsel", "optælling"),
                    "10 år på lager, senest plukker"),
            new Trade("Fødevareproduktion", List.of("Skagen Fiskeeksport", "Strandby Fiskeindustri", "Sæby Røgeri",
                    "Ålbæk Bageri"), List.of("MEDIUM", "SMALL"),
                    "Hygiejne først, faste rutiner, hold der arbejder tæt sammen",
                    List.of("Rengøring og pakning i produktionen"), "TRAENING",
                    List.of(task("Rengøring af produktionsområde", "Spule og rengøre efter produktion", 5,
                                    List.of("rengøring", "hygiejne"), List.of("NOISY_ENVIRONMENT", "PROLONGED_STANDING"), List.of("EVENING")),
                            task("Pakning af færdigvarer", "Pakke og veje varer til butikker", 6,
                                    List.of("pakning", "fødevarehygiejne"), List.of("TIME_PRESSURE", "CLOSE_TEAMWORK"), List.of("MORNING")),
                            task("Opvask af kasser og bakker", "Vaske og stable fiskekasser", 4,
                                    List.of("opvask", "rengøring"), List.of("NOISY_ENVIRONMENT"), List.of("DAYTIME")),
                            task("Klargøring af emballage", "Folde kasser og lægge etiketter klar", 3,
                                    List.of("pakning"), List.of(), List.of("DAYTIME"))),
                    List.of(), List.of("QUIET_WORKSPACE", "GRADUAL_START", "MENTOR_AVAILABLE"),
                    List.of("Produktionsmedarbejder", "Rengøringsassistent"),
                    List.of("rengøring", "pakning", "hygiejne", "opvask", "fødevarehygiejne"),
                    "Har arbejdet på fiskefabrik og i en kantine"),
            new Trade("Detailhandel", List.of("SuperBrugsen Strandby", "Rema 1000 Sæby", "Meny Frederikshavn",
                    "Skagen Købmandsgård", "Jem & Fix Frederikshavn"), List.of("SMALL", "MEDIUM"),
                    "Travlt fredag, roligt om formiddagen, imødekommende kolleger",
                    List.of("Varepåfyldning og butiksopgaver", "Hjælp i butikken om formiddagen"), "REKRUTTERING",
                    List.of(task("Opfyldning af varer", "Fylde hylder op og facere", 6,
                                    List.of("varepåfyldning", "butiksarbejde"), List.of("PROLONGED_STANDING"), List.of("MORNING")),
                            task("Flaskeautomat og returpant", "Tømme og rengøre flaskeautomaten", 3,
                                    List.of("rengøring"), List.of(), List.of("DAYTIME")),
                            task("Bake-off i brødafdelingen", "Bage brød af efter plan", 4,
                                    List.of("bagning", "fødevarehygiejne"), List.of(), List.of("EARLY_MORNING")),
                            task("Kundeservice ved tanken", "Svare på spørgsmål og hjælpe med at finde varer", 4,
                                    List.of("kundeservice"), List.of("CUSTOMER_CONTACT"), List.of("DAYTIME"))),
                    List.of("DANISH_SPOKEN"), List.of("FLEXIBLE_HOURS", "BREAKS_AS_NEEDED", "SEATED_WORK_POSSIBLE"),
                    List.of("Butiksmedarbejder", "Bager", "Kassemedarbejder"),
                    List.of("varepåfyldning", "butiksarbejde", "kundeservice", "bagning", "rengøring"),
                    "Har været butiksmedhjælper i en Brugs"),
            new Trade("Ældrepleje", List.of("Plejecenter Lindegården", "Plejecenter Solgaven", "Aktivitetscentret Kaj Munk"),
                    List.of("MEDIUM"), "Rolige dagsrytmer, faste beboere, tæt samarbejde i teamet",
                    List.of("Servicemedarbejder på plejecenter", "Hjælp i café og fællesrum"), "AFKLARING",
                    List.of(task("Servering og opvask i cafeen", "Servere kaffe og tage opvask", 5,
                                    List.of("servering", "opvask"), List.of("CUSTOMER_CONTACT"), List.of("DAYTIME")),
                            task("Gåture og samvær med beboere", "Gå ture, spille spil, læse avis højt", 4,
                                    List.of("samvær", "omsorg"), List.of("CUSTOMER_CONTACT"), List.of("DAYTIME")),
                            task("Oprydning i fælleslokaler", "Rydde op, dække borde, vande blomster", 4,
                                    List.of("oprydning", "rengøring"), List.of(), List.of("MORNING")),
                            task("Vasketøj og linned", "Lægge sammen og køre vasketøj ud", 4,
                                    List.of("vasketøj"), List.of(), List.of("DAYTIME"))),
                    List.of("CRIMINAL_RECORD_CLEAN", "DANISH_SPOKEN"), List.of("GRADUAL_START", "BREAKS_AS_NEEDED", "MENTOR_AVAILABLE"),
                    List.of("Serviceassistent", "Social- og sundhedshjælper", "Køkkenhjælper"),
                    List.of("servering", "samvær", "omsorg", "opvask", "rengøring", "vasketøj"),
                    "Har passet sin mor og været frivillig i en café"),
            new Trade("Hotel og restauration", List.of("Hotel Jutlandia", "Skagen Badehotel", "Restaurant Havnegrillen",
                    "Sæby Kro"), List.of("SMALL", "MEDIUM"), "Sæsontravlt om sommeren, faste opgaver om morgenen",
                    List.of("Køkken- og rengøringshjælp", "Morgenopgaver på hotellet"), "TRAENING",
                    List.of(task("Opvask", "Opvask og oprydning i køkkenet", 6,
                                    List.of("opvask", "køkkenhjælp"), List.of("NOISY_ENVIRONMENT", "TIME_PRESSURE"), List.of("EVENING")),
                            task("Klargøring af grøntsager", "Skrælle og snitte efter køkkenchefens plan", 4,
                                    List.of("køkkenhjælp", "madlavning"), List.of(), List.of("MORNING")),
                            task("Rengøring af værelser", "Rede senge, støvsuge, tjekke badeværelse", 6,
                                    List.of("rengøring", "rengøring af værelser"), List.of("TIME_PRESSURE"), List.of("DAYTIME")),
                            task("Opdækning til morgenmad", "Dække op og fylde buffet", 3,
                                    List.of("servering"), List.of("CUSTOMER_CONTACT"), List.of("EARLY_MORNING"))),
                    List.of(), List.of("REDUCED_PACE", "FLEXIBLE_HOURS", "GRADUAL_START"),
                    List.of("Køkkenmedhjælper", "Rengøringsassistent", "Tjener"),
                    List.of("opvask", "køkkenhjælp", "madlavning", "rengøring", "servering"),
                    "Har arbejdet i køkken på et campingplads-cafeteria"),
            new Trade("Grønne områder", List.of("Bangsbo Golfklub", "Frederikshavn Anlægsgartner", "Sæby Planteskole",
                    "Naturstyrelsen Vendsyssel"), List.of("SMALL", "MICRO"), "Udendørs, roligt tempo, ofte alene på opgaven",
                    List.of("Pasning af grønne arealer"), "AFKLARING",
                    List.of(task("Lugning og beskæring", "Holde bede og hække", 5,
                                    List.of("havearbejde", "beskæring"), List.of("OUTDOOR_WORK"), List.of("MORNING")),
                            task("Græsslåning", "Slå græs med havetraktor", 4,
                                    List.of("maskinbetjening", "havearbejde"), List.of("OUTDOOR_WORK", "NOISY_ENVIRONMENT"), List.of("DAYTIME")),
                            task("Vedligehold af redskaber", "Rense og slibe redskaber i værkstedet", 3,
                                    List.of("værktøj", "vedligehold"), List.of(), List.of("DAYTIME")),
                            task("Pasning af planter i drivhus", "Vande, prikle om og ompotte", 4,
                                    List.of("havearbejde", "planter"), List.of(), List.of("MORNING"))),
                    List.of(), List.of("WORK_ALONE_POSSIBLE", "REDUCED_PACE", "BREAKS_AS_NEEDED"),
                    List.of("Gartnermedhjælper", "Greenkeeper", "Pedel"),
                    List.of("havearbejde", "beskæring", "maskinbetjening", "planter", "værktøj"),
                    "Har haft egen have og arbejdet som sæsonhjælp i en planteskole"),
            new Trade("Autobranchen", List.of("Frederikshavn Autoservice", "Skagen Bilcenter", "Sæby Dækcenter"),
                    List.of("SMALL"), "Værksted med fast morgenmøde, lille hold",
                    List.of("Klargøring og hjælp i værkstedet"), "REKRUTTERING",
                    List.of(task("Klargøring og vask af biler", "Vaske og støvsuge biler før udlevering", 6,
                                    List.of("bilvask", "rengøring"), List.of("PROLONGED_STANDING"), List.of("DAYTIME")),
                            task("Dækhotel: opbevaring af dæk", "Mærke, stable og hente dæk", 4,
                                    List.of("lagerarbejde"), List.of("HEAVY_LIFTING"), List.of("DAYTIME")),
                            task("Kørsel af biler til syn", "Køre kundebiler til og fra syn", 3,
                                    List.of("kørsel"), List.of("DRIVING"), List.of("DAYTIME")),
                            task("Oprydning i værkstedet", "Feje og sortere affald", 3,
                                    List.of("oprydning"), List.of(), List.of("MORNING"))),
                    List.of("DRIVING_LICENCE_B"), List.of("LIFTING_AIDS", "GRADUAL_START", "MENTOR_AVAILABLE"),
                    List.of("Klargører", "Mekanikerhjælper", "Chauffør"),
                    List.of("bilvask", "kørsel", "oprydning", "lagerarbejde", "rengøring"),
                    "Har skruet på knallerter og biler i fritiden"),
            new Trade("Kontor og administration", List.of("Frederikshavn Boligforening", "Revisionsfirmaet Nord",
                    "Vendsyssel Forsyning"), List.of("MEDIUM", "SMALL"), "Stille kontor, faste opgaver, egen plads",
                    List.of("Kontorhjælp og arkiv"), "AFKLARING",
                    List.of(task("Scanning og arkivering", "Scanne gamle sager og lægge dem i arkivet", 6,
                                    List.of("scanning", "arkivering", "it"), List.of(), List.of("MORNING")),
                            task("Intern post og kopiering", "Fordele post og fylde printere op", 3,
                                    List.of("post", "orden"), List.of(), List.of("MORNING")),
                            task("Telefonpasning", "Tage telefonen og skrive beskeder", 4,
                                    List.of("kundeservice", "telefon"), List.of("CUSTOMER_CONTACT"), List.of("DAYTIME")),
                            task("Indtastning af målerstande", "Taste aflæsninger ind i systemet", 4,
                                    List.of("indtastning", "it"), List.of(), List.of("DAYTIME"))),
                    List.of("DANISH_WRITTEN"), List.of("QUIET_WORKSPACE", "WORK_ALONE_POSSIBLE", "FLEXIBLE_HOURS"),
                    List.of("Kontorassistent", "Receptionist", "Arkivmedarbejder"),
                    List.of("scanning", "arkivering", "indtastning", "it", "kundeservice"),
                    "Har arbejdet på kontor og er god til computere"),
            new Trade("Genbrug", List.of("Røde Kors Genbrug Sæby", "Kirkens Korshær Frederikshavn",
                    "Genbrugspladsen Skagen"), List.of("SMALL", "MICRO"), "Frivillige og ansatte side om side, roligt tempo",
                    List.of("Sortering og butik"), "AFKLARING",
                    List.of(task("Sortering af donationer", "Sortere tøj og ting efter kvalitet", 5,
                                    List.of("sortering", "affaldssortering"), List.of(), List.of("MORNING")),
                            task("Prismærkning og ophængning", "Sætte priser på og hænge tøj op", 4,
                                    List.of("butiksarbejde", "sortering"), List.of(), List.of("DAYTIME")),
                            task("Kasseekspedition", "Tage imod betaling og hjælpe kunder", 4,
                                    List.of("kundeservice", "kasse"), List.of("CUSTOMER_CONTACT"), List.of("DAYTIME")),
                            task("Afhentning af møbler", "Hente møbler hos givere", 4,
                                    List.of("kørsel", "flytning"), List.of("DRIVING", "HEAVY_LIFTING"), List.of("DAYTIME"))),
                    List.of(), List.of("REDUCED_PACE", "BREAKS_AS_NEEDED", "MENTOR_AVAILABLE"),
                    List.of("Butiksmedhjælper", "Lagermedhjælper"),
                    List.of("sortering", "butiksarbejde", "kundeservice", "affaldssortering", "kørsel"),
                    "Har været frivillig i en genbrugsbutik"));

    static final List<String> FIRST_NAMES = List.of("Anne", "Mette", "Lone", "Susanne", "Pia", "Hanne", "Maria",
            "Camilla", "Louise", "Sofie", "Ida", "Fatima", "Amal", "Jens", "Lars", "Michael", "Søren", "Thomas",
            "Henrik", "Peter", "Martin", "Kasper", "Mads", "Jonas", "Ali", "Ahmad", "Tomasz", "Brian", "Kim", "Rasmus");

    static final List<String> CONTACT_NAMES = List.of("Lars Jensen", "Birgitte Nielsen", "Ole Kristensen",
            "Karina Larsen", "Niels Poulsen", "Helle Mortensen", "Jørgen Madsen", "Tina Christiansen");

    /** Accommodations with the plain-language note a consultant would write, and how often they occur. */
    record AccommodationNote(String code, String note, int weight) {
    }

    static final List<AccommodationNote> ACCOMMODATIONS = List.of(
            new AccommodationNote("NO_HEAVY_LIFTING", "Ryg: højst 10 kg ad gangen.", 22),
            new AccommodationNote("LIMITED_STANDING", "Kan stå op i højst en time ad gangen, skal kunne sidde ned.", 14),
            new AccommodationNote("QUIET_ENVIRONMENT", "Bliver hurtigt overstimuleret af larm; høreværn hjælper.", 14),
            new AccommodationNote("NO_TIME_PRESSURE", "Stress ved tidspres: opgaver uden deadline i starten.", 16),
            new AccommodationNote("NO_EARLY_MORNING", "Medicin gør morgener svære: tidligst start kl. 9.", 10),
            new AccommodationNote("SHORT_SHIFTS", "Højst fire timer pr. dag.", 10),
            new AccommodationNote("WORKS_ALONE", "Trives bedst med egen opgave og én fast kontaktperson.", 6),
            new AccommodationNote("NO_CUSTOMER_CONTACT", "Social angst: ingen kundekontakt i starten.", 8));

    static final List<String> STRENGTHS = List.of("Mødestabil", "Grundig", "God til at spørge", "Godt humør",
            "Arbejder selvstændigt", "Hjælpsom over for kolleger", "Lærer hurtigt rutinerne", "Omhyggelig med hygiejne");
}
