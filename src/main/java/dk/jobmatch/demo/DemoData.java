package dk.jobmatch.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.jobmatch.demo.DemoCatalogue.AccommodationNote;
import dk.jobmatch.demo.DemoCatalogue.Place;
import dk.jobmatch.demo.DemoCatalogue.TaskTemplate;
import dk.jobmatch.demo.DemoCatalogue.Trade;
import dk.jobmatch.demo.DemoClient.DemoException;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./jobmatch demo}: loads a municipality's year (Frederikshavn and the places around it)
 * into a running service through its public API, dated relative to today and drawn from a fixed
 * seed, so that {@code GET /api/v1/outcomes} shows figures like the reports' (../shared/domain.md):
 * paid hours rising by about 40 % from the first to the latest follow-up (57 -> 79 a month), 4-6 in
 * 10 still employed six months after a course ended in work, WHO-5 47.2 at the start rising by
 * about 8, GSE 26.4 hardly moving, six in ten courses ending without a job, mostly for health.
 *
 * <p>One figure cannot come out: the days to the first placement are counted from the day the
 * profile was created, which the API sets to today, so every demo placement started before its
 * profile and is left out of that figure (it shows as suppressed). Creating profiles in the past
 * would need a way in that the API rightly does not have.
 *
 * <p>It refuses to load twice: the first demo employer (CVR {@value #MARKER_CVR}) already being
 * there means the data is loaded (the service answers 409 for a CVR it has).
 *
 * <p>Usage: {@code DemoData [--url http://localhost:8080] [--size small|full] [--seed N]}; the
 * seeded accounts' passwords come from JOBMATCH_CONSULTANT_PASSWORD and JOBMATCH_ADMIN_PASSWORD
 * (default consultant / admin), as in the service's configuration.
 */
public final class DemoData {

    /** The CVR of the first demo employer: its presence means the demo data is loaded. */
    public static final String MARKER_CVR = "49990001";

    /** How much to load: {@code FULL} for the demo, {@code SMALL} for the test (same shape, fewer rows). */
    public enum Size {
        SMALL(16, 90, 60),
        FULL(45, 240, 125);

        final int employers;
        final int citizens;
        final int courses;

        Size(int employers, int citizens, int courses) {
            this.employers = employers;
            this.citizens = citizens;
            this.courses = courses;
        }
    }

    /** What a run did. {@code loaded} is false when the demo data was there already. */
    public record Summary(boolean loaded, int employers, int needs, int citizens, int agreements, int stopped,
                          int inWork, int followUps, int events, int introductions, int contacts,
                          int coursesSkipped, int requests, Duration took) {

        @Override
        public String toString() {
            if (!loaded) {
                return "Demo data is loaded already (employer with CVR " + MARKER_CVR + " exists); nothing done.";
            }
            return String.format(Locale.ROOT, "Demo data loaded in %.1f s (%d requests): %d employers, %d needs, "
                            + "%d citizens, %d agreements (%d ended in work, %d stopped), %d follow-ups, %d events, "
                            + "%d introductions, %d employer contacts%s.", took.toMillis() / 1000.0, requests,
                    employers, needs, citizens, agreements, inWork, stopped, followUps, events, introductions, contacts,
                    coursesSkipped == 0 ? "" : "; " + coursesSkipped + " planned courses found no need that fits");
        }
    }

    private static final List<String[]> CONSULTANTS = List.of(
            new String[] {"mette.lund", "Mette Lund"},
            new String[] {"jonas.berg", "Jonas Berg"},
            new String[] {"anne.holm", "Anne Holm"});

    /** Days after a course ended in work when the job ended, in the order of the endings (-1: not ended). */
    private static final int[] JOB_ENDS_AFTER = {-1, 45, -1, 120, 75, -1, 165, 150, -1, 300};

    /** The follow-ups recorded, in days after the start: the measuring points 0/1/2/4/6 months, then every two. */
    private static final int[] FOLLOW_UP_DAYS = {14, 30, 60, 91, 122, 183, 244, 305, 365, 426};
    private static final Set<Integer> MEASURED_ON = Set.of(14, 30, 60, 122, 183, 305, 426);
    private static final int[] AFTERCARE_DAYS = {14, 42, 91, 182};

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("JOBMATCH_URL", "http://localhost:8080");
        Size size = Size.FULL;
        long seed = 2026;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--size" -> size = Size.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: ./jobmatch demo [--url http://localhost:8080] [--size small|full] [--seed N]");
                    System.exit(2);
                }
            }
        }
        try {
            Summary summary = load(URI.create(url), size, seed,
                    System.getenv().getOrDefault("JOBMATCH_CONSULTANT_PASSWORD", "consultant"),
                    System.getenv().getOrDefault("JOBMATCH_ADMIN_PASSWORD", "admin"));
            System.out.println(summary);
            if (summary.loaded()) {
                printOutcomes(URI.create(url), System.getenv().getOrDefault("JOBMATCH_CONSULTANT_PASSWORD", "consultant"));
            }
        } catch (DemoException e) {
            System.err.println("jobmatch demo: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The figures GET /api/v1/outcomes now shows, one line each (suppressed ones left out). */
    private static void printOutcomes(URI base, String consultantPassword) {
        JsonNode report = DemoClient.login(base, "consultant", consultantPassword).get("/api/v1/outcomes");
        System.out.println("GET /api/v1/outcomes (computed on " + report.path("computedOn").asText() + "):");
        for (JsonNode figure : report.path("figures")) {
            if (!figure.path("suppressed").asBoolean() && figure.path("group").isNull()) {
                double value = figure.path("value").asDouble();
                System.out.printf(Locale.ROOT, "  %-32s %s%s%n", figure.path("figure").asText(),
                        value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value), figure.path("denominator").isNull() ? ""
                                : " (of " + figure.path("denominator").asText() + ")");
            }
        }
    }

    /** Loads the demo data into the service at {@code base}, or does nothing when it is there already. */
    public static Summary load(URI base, Size size, long seed, String consultantPassword, String adminPassword) {
        return new DemoData(base, size, seed, consultantPassword, adminPassword).run();
    }

    // --- the plan -----------------------------------------------------------------------------

    private record Employer(int index, Trade trade, Place place, double lat, double lon, String name, String cvr,
                            DemoClient owner) {
    }

    private record Need(String id, Employer employer, List<String> nonNegotiables) {
    }

    private record Citizen(int index, Trade trade, String targetGroup, double lat, double lon, double maxTravelKm,
                           Set<String> qualifications, boolean consent, Map<String, Object> body) {
    }

    private enum Outcome { ACTIVE, HIRED, ORDINARY_HOURS, STOPPED }

    private static final class Course {
        final Citizen citizen;
        final LocalDate start;
        final Outcome outcome;
        final LocalDate end;
        final String reasonCode;
        final LocalDate hoursReducedOn;
        final double growth;
        int who5First;
        final int who5Delta;
        final int gseFirst;
        final int gseDelta;
        int jobEndsAfter = -1;

        Course(Citizen citizen, LocalDate start, Outcome outcome, LocalDate end, String reasonCode,
               LocalDate hoursReducedOn, double growth, int who5First, int who5Delta, int gseFirst, int gseDelta) {
            this.citizen = citizen;
            this.start = start;
            this.outcome = outcome;
            this.end = end;
            this.reasonCode = reasonCode;
            this.hoursReducedOn = hoursReducedOn;
            this.growth = growth;
            this.who5First = who5First;
            this.who5Delta = who5Delta;
            this.gseFirst = gseFirst;
            this.gseDelta = gseDelta;
        }

        boolean inWork() {
            return outcome == Outcome.HIRED || outcome == Outcome.ORDINARY_HOURS;
        }
    }

    private final URI base;
    private final Size size;
    private final Random random;
    private final String consultantPassword;
    private final String adminPassword;
    private final LocalDate today = LocalDate.now();
    /** The latest date given to anything: yesterday, so a service whose day starts later still accepts it. */
    private final LocalDate lastDay = today.minusDays(1);
    private final long started = System.nanoTime();

    private final List<DemoClient> clients = new ArrayList<>();
    private final List<Employer> employers = new ArrayList<>();
    private final List<Need> needs = new ArrayList<>();
    private final Map<Integer, String> citizenIds = new TreeMap<>();
    private int agreements;
    private int stopped;
    private int inWork;
    private int followUps;
    private int events;
    private int introductions;
    private int contacts;
    private int skipped;

    private DemoData(URI base, Size size, long seed, String consultantPassword, String adminPassword) {
        this.base = base;
        this.size = size;
        this.random = new Random(seed);
        this.consultantPassword = consultantPassword;
        this.adminPassword = adminPassword;
    }

    private Summary run() {
        DemoClient consultant = DemoClient.login(base, "consultant", consultantPassword);
        clients.add(consultant);
        List<Employer> planned = planEmployers(consultant);
        if (!createEmployer(consultant, planned.getFirst())) {
            return new Summary(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, consultant.requests.get(), elapsed());
        }
        DemoClient admin = DemoClient.login(base, "admin", adminPassword);
        clients.add(admin);
        List<DemoClient> owners = consultantsFor(admin, consultant);
        List<Employer> owned = new ArrayList<>();
        for (Employer employer : planned) {
            owned.add(new Employer(employer.index(), employer.trade(), employer.place(), employer.lat(), employer.lon(),
                    employer.name(), employer.cvr(), owners.get(employer.index() % owners.size())));
        }
        for (int i = 0; i < owned.size(); i++) {
            Employer employer = owned.get(i);
            if (i > 0) {
                createEmployer(consultant, employer);
            }
            employers.add(employer);
            consultant.call("PUT", "/api/v1/employers/" + employerId(employer) + "/owner",
                    Map.of("username", employer.owner().username));
            logContacts(employer);
            int count = random.nextDouble() < 0.4 ? 2 : 1;
            for (int n = 0; n < count; n++) {
                createNeed(employer, n);
            }
        }
        List<Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < size.citizens; i++) {
            citizens.add(planCitizen(i));
        }
        // Profiles are independent of each other: created four at a time (each is indexed and audited).
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> ids = new ArrayList<>();
            for (Citizen citizen : citizens) {
                ids.add(pool.submit(() -> consultant.post("/api/v1/citizens", citizen.body()).path("id").asText()));
            }
            for (int i = 0; i < ids.size(); i++) {
                citizenIds.put(i, ids.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", 0);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DemoException d ? d : new DemoException(e.getCause().toString(), 0);
        }
        List<Course> courses = planCourses(citizens);
        Set<Integer> placed = new HashSet<>();
        for (Course course : courses) {
            placed.add(course.citizen.index());
            runCourse(course);
        }
        introduce(citizens, placed);
        return new Summary(true, employers.size(), needs.size(), citizens.size(), agreements, stopped, inWork,
                followUps, events, introductions, contacts, skipped,
                clients.stream().mapToInt(c -> c.requests.get()).sum(), elapsed());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    // --- employers, needs, citizens -------------------------------------------------------------

    private final Map<String, String> employerIds = new LinkedHashMap<>();

    private String employerId(Employer employer) {
        return employerIds.get(employer.cvr());
    }

    private List<Employer> planEmployers(DemoClient consultant) {
        List<Employer> planned = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < size.employers; i++) {
            Trade trade = DemoCatalogue.TRADES.get(i % DemoCatalogue.TRADES.size());
            Place place = place();
            String name = trade.employerNames().get((i / DemoCatalogue.TRADES.size()) % trade.employerNames().size());
            if (!names.add(name)) {
                name = name + " " + place.city();
                names.add(name);
            }
            planned.add(new Employer(i, trade, place, jitter(place.lat()), jitter(place.lon()), name,
                    String.format(Locale.ROOT, "4999%04d", i + 1), consultant));
        }
        return planned;
    }

    /** Creates the employer; false when its CVR is taken (the demo data is there already). */
    private boolean createEmployer(DemoClient consultant, Employer employer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", employer.name());
        body.put("cvr", employer.cvr());
        body.put("industry", employer.trade().industry());
        body.put("size", pick(employer.trade().sizes()));
        body.put("workCulture", employer.trade().workCulture());
        body.put("location", location(employer.place(), employer.lat(), employer.lon()));
        String contact = pick(DemoCatalogue.CONTACT_NAMES);
        body.put("contactPerson", Map.of("name", contact, "phone", String.format(Locale.ROOT, "+4598%06d",
                        random.nextInt(1_000_000)),
                "email", contact.toLowerCase(Locale.ROOT).replace(' ', '.').replace("ø", "oe").replace("å", "aa")
                        + "@example.dk"));
        DemoClient.Answer answer = consultant.send("POST", "/api/v1/employers", body);
        if (answer.status() == 409 && employer.cvr().equals(MARKER_CVR)) {
            return false;
        }
        if (!answer.ok()) {
            throw new DemoException("POST /api/v1/employers answered " + answer.status() + ": " + answer.body(),
                    answer.status());
        }
        employerIds.put(employer.cvr(), answer.body().path("id").asText());
        return true;
    }

    /** The consultants who own employers and run placements: the seeded one and three demo colleagues. */
    private List<DemoClient> consultantsFor(DemoClient admin, DemoClient consultant) {
        List<DemoClient> owners = new ArrayList<>(List.of(consultant));
        SecureRandom secure = new SecureRandom();
        for (String[] person : CONSULTANTS) {
            byte[] bytes = new byte[18];
            secure.nextBytes(bytes);
            // Nobody needs to log in as them afterwards: the password is made up here and forgotten.
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            DemoClient.Answer answer = admin.send("POST", "/api/v1/admin/accounts", Map.of("username", person[0],
                    "password", password, "role", "CONSULTANT", "displayName", person[1],
                    "team", "Virksomhedsteamet"));
            if (answer.ok()) {
                DemoClient client = DemoClient.login(base, person[0], password);
                clients.add(client);
                owners.add(client);
            } else if (answer.status() != 409) {
                throw new DemoException("POST /api/v1/admin/accounts answered " + answer.status() + ": "
                        + answer.body(), answer.status());
            }
        }
        return owners;
    }

    private void logContacts(Employer employer) {
        int count = 2 + random.nextInt(3);
        List<Integer> daysAgo = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            daysAgo.add(1 + random.nextInt(360));
        }
        daysAgo.sort(Comparator.reverseOrder());
        String[] summaries = {
            "Besøg: gennemgik arbejdsopgaverne med substitutionshjulet, fandt opgaver der ikke bliver løst i dag.",
            "Telefon: status på praktikken, virksomheden er tilfreds og vil gerne tage en til.",
            "Møde med indehaveren om fleksjob og hvad det koster og giver.",
            "Mail med aftaleudkast og oplysninger om mentorstøtte.",
            "Opfølgning på behovet: travl sæson fra maj, vil gerne have hjælp til oprydning og pakning."};
        String[] formats = {"WORKPLACE_VISIT", "PHONE", "MEETING", "EMAIL", "PHONE"};
        for (int ago : daysAgo) {
            LocalDate date = lastDay.minusDays(ago - 1);
            int kind = random.nextInt(summaries.length);
            employer.owner().post("/api/v1/employers/" + employerId(employer) + "/contacts", Map.of(
                    "date", date.toString(), "format", formats[kind], "summary", summaries[kind],
                    "nextContactDate", date.plusDays(21 + random.nextInt(50)).toString()));
            contacts++;
        }
    }

    private void createNeed(Employer employer, int n) {
        Trade trade = employer.trade();
        List<TaskTemplate> templates = new ArrayList<>(trade.tasks());
        Collections.shuffle(templates, random);
        List<Map<String, Object>> tasks = new ArrayList<>();
        double total = 0;
        for (TaskTemplate template : templates.subList(0, 3)) {
            double hours = Math.max(1, template.hours() + random.nextInt(5) - 2);
            total += hours;
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("title", template.title());
            task.put("description", template.description());
            task.put("hoursPerWeek", hours);
            task.put("competences", template.competences());
            task.put("demands", template.demands());
            task.put("schedule", template.schedule());
            double r = random.nextDouble();
            task.put("capacity", r < 0.2 ? 1 : r < 0.75 ? 2 : 3);
            tasks.add(task);
        }
        List<String> flexibilities = new ArrayList<>(trade.flexibilities());
        Collections.shuffle(flexibilities, random);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", trade.needTitles().get(n % trade.needTitles().size()));
        body.put("description", "Opgaver frigjort med substitutionshjulet hos " + employer.name()
                + ": rutineopgaver som faglærte bruger tid på i dag.");
        body.put("placementType", trade.placementType());
        body.put("tasks", tasks);
        body.put("nonNegotiables", trade.nonNegotiables());
        body.put("flexibilities", flexibilities.subList(0, Math.min(flexibilities.size(), 2 + random.nextInt(2))));
        body.put("hoursPerWeek", Map.of("min", 4, "max", Math.max(8, total)));
        body.put("status", "OPEN");
        String id = employer.owner().post("/api/v1/employers/" + employerId(employer) + "/needs", body)
                .path("id").asText();
        needs.add(new Need(id, employer, trade.nonNegotiables()));
    }

    private Citizen planCitizen(int index) {
        Trade trade = pick(DemoCatalogue.TRADES);
        String targetGroup = weighted(new String[] {"FLEKSJOB", "AKTIVITETSPARAT", "RESSOURCEFORLOEB", "SYGEDAGPENGE",
            "INTEGRATION", "JOBPARAT"}, new int[] {30, 25, 14, 11, 12, 8});
        Place place = place();
        double lat = jitter(place.lat());
        double lon = jitter(place.lon());
        List<String> competences = new ArrayList<>(trade.competences());
        Collections.shuffle(competences, random);
        competences = new ArrayList<>(competences.subList(0, 3 + random.nextInt(2)));
        Trade other = pick(DemoCatalogue.TRADES);
        String extra = pick(other.competences());
        if (!competences.contains(extra)) {
            competences.add(extra);
        }
        Set<String> qualifications = new java.util.TreeSet<>();
        boolean integration = targetGroup.equals("INTEGRATION");
        chance(integration ? 0.6 : 0.92, () -> qualifications.add("DANISH_SPOKEN"));
        chance(integration ? 0.25 : 0.6, () -> qualifications.add("DANISH_WRITTEN"));
        chance(0.55, () -> qualifications.add("DRIVING_LICENCE_B"));
        chance(0.6, () -> qualifications.add("SAFETY_SHOES_ABLE"));
        chance(0.7, () -> qualifications.add("CRIMINAL_RECORD_CLEAN"));
        chance(0.15, () -> qualifications.add("FOOD_HYGIENE_CERTIFICATE"));
        chance(trade.industry().startsWith("Lager") ? 0.35 : 0.08, () -> qualifications.add("FORKLIFT_CERTIFICATE"));
        chance(0.3, () -> qualifications.add("ENGLISH_SPOKEN"));
        chance(0.12, () -> qualifications.add("FIRST_AID"));
        List<String> accommodations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double r = random.nextDouble();
        int count = r < 0.3 ? 0 : r < 0.75 ? 1 : 2;
        while (accommodations.size() < count) {
            AccommodationNote a = weightedNote();
            if (!accommodations.contains(a.code())) {
                accommodations.add(a.code());
                notes.add(a.note());
            }
        }
        double min;
        double max;
        switch (targetGroup) {
            case "FLEKSJOB" -> { min = 4 + random.nextInt(5); max = min + 4 + random.nextInt(7); }
            case "RESSOURCEFORLOEB" -> { min = 3 + random.nextInt(4); max = min + 4 + random.nextInt(5); }
            case "JOBPARAT" -> { min = 8 + random.nextInt(5); max = 25 + random.nextInt(10); }
            case "INTEGRATION" -> { min = 6 + random.nextInt(5); max = min + 8 + random.nextInt(10); }
            default -> { min = 5 + random.nextInt(5); max = min + 5 + random.nextInt(8); }
        }
        double maxTravel = 15 + random.nextInt(26);
        boolean consent = random.nextDouble() < 0.96;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalRef", String.format(Locale.ROOT, "demo-fh/%04d", index + 1));
        body.put("displayName", pick(DemoCatalogue.FIRST_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".");
        body.put("targetGroup", targetGroup);
        body.put("competences", competences);
        body.put("experience", trade.experience());
        List<Map<String, Object>> goals = new ArrayList<>();
        List<String> titles = new ArrayList<>(trade.jobTitles());
        Collections.shuffle(titles, random);
        goals.add(Map.of("priority", "A", "title", titles.get(0)));
        goals.add(Map.of("priority", "B", "title", titles.get(1)));
        chance(0.5, () -> goals.add(Map.of("priority", "C", "title", pick(other.jobTitles()))));
        body.put("jobGoals", goals);
        body.put("qualifications", new ArrayList<>(qualifications));
        body.put("accommodations", accommodations);
        // Only about a third of real case files describe accommodations concretely (report 004).
        if (!notes.isEmpty() && random.nextDouble() < 0.6) {
            body.put("accommodationNotes", String.join(" ", notes));
        }
        body.put("hoursPerWeek", Map.of("min", min, "max", Math.min(37, max)));
        if (!targetGroup.equals("JOBPARAT")) {
            body.put("effectivenessPercent", targetGroup.equals("FLEKSJOB") ? 50 + 5 * random.nextInt(7)
                    : 60 + 5 * random.nextInt(8));
        }
        body.put("location", location(place, lat, lon));
        body.put("maxTravelKm", maxTravel);
        body.put("consent", consent);
        return new Citizen(index, trade, targetGroup, lat, lon, maxTravel, qualifications, consent, body);
    }

    // --- courses ----------------------------------------------------------------------------------

    /**
     * The placements of the year: start dates from 15 months ago to three weeks ago (more of them
     * early, so that six months after an ending in work has passed for enough of them), about four in
     * ten ending in work, the rest stopped (shorter), the latest still running; a third of the
     * stopped citizens start a new course with another employer a few weeks later.
     */
    private List<Course> planCourses(List<Citizen> citizens) {
        List<Citizen> candidates = new ArrayList<>(citizens.stream().filter(Citizen::consent).toList());
        Collections.shuffle(candidates, random);
        List<Course> courses = new ArrayList<>();
        int first = Math.min(candidates.size(), (int) Math.round(size.courses * 0.85));
        for (Citizen citizen : candidates.subList(0, first)) {
            // A quarter started in the last five months (most still running), the rest over 15 months.
            LocalDate start = random.nextDouble() < 0.25 ? lastDay.minusDays(20 + random.nextInt(130))
                    : lastDay.minusDays(20 + Math.round(440 * Math.pow(random.nextDouble(), 0.5)));
            Course course = planCourse(citizen, start);
            courses.add(course);
            if (course.outcome == Outcome.STOPPED && courses.size() < size.courses && random.nextDouble() < 0.4) {
                LocalDate again = course.end.plusDays(21 + random.nextInt(25));
                if (!again.isAfter(lastDay.minusDays(20))) {
                    courses.add(planCourse(citizen, again));
                }
            }
        }
        // WHO-5 at the start averages 47.2 in report 004: the draw's mean is moved there, 4 points
        // (one answer step) at a time on as many courses as it takes.
        double mean = courses.stream().mapToInt(c -> c.who5First).average().orElse(47.2);
        long steps = Math.round((47.2 - mean) * courses.size() / 4);
        for (int i = 0; i < Math.min(Math.abs(steps), courses.size()); i++) {
            Course course = courses.get(i);
            course.who5First = clamp(course.who5First + (steps > 0 ? 4 : -4), 0, 100);
        }
        List<Course> endedInWork = new ArrayList<>(courses.stream().filter(Course::inWork).toList());
        endedInWork.sort(Comparator.comparing(c -> c.end));
        for (int i = 0; i < endedInWork.size(); i++) {
            endedInWork.get(i).jobEndsAfter = JOB_ENDS_AFTER[i % JOB_ENDS_AFTER.length];
        }
        return courses;
    }

    private Course planCourse(Citizen citizen, LocalDate start) {
        double r = random.nextDouble();
        Outcome outcome = r < 0.3 ? Outcome.HIRED : r < 0.5 ? Outcome.ORDINARY_HOURS : Outcome.STOPPED;
        int length = outcome == Outcome.STOPPED ? 21 + random.nextInt(130) : 75 + random.nextInt(150);
        LocalDate end = start.plusDays(length);
        if (end.isAfter(lastDay)) {
            outcome = Outcome.ACTIVE;
            end = null;
        }
        String reason = null;
        if (outcome == Outcome.STOPPED) {
            reason = weighted(new String[] {"CITIZEN_HEALTH", "HOURS_NOT_REACHED", "TASKS_UNSUITABLE", "CITIZEN_WITHDREW",
                "WORKPLACE_CULTURE", "EMPLOYER_NO_LONGER_NEEDS", "EMPLOYER_DISSATISFIED", "MOVED", "OTHER"},
                    new int[] {30, 14, 14, 12, 10, 10, 4, 3, 3});
        }
        LocalDate until = end == null ? lastDay : end;
        LocalDate reduced = null;
        long days = ChronoUnit.DAYS.between(start, until);
        if (days > 75 && random.nextDouble() < 0.12) {
            reduced = start.plusDays(35 + random.nextInt((int) days / 2 - 30));
        }
        double growth = switch (outcome) {
            case HIRED, ORDINARY_HOURS -> 1.5 + random.nextDouble() * 0.4;
            case ACTIVE -> 1.35 + random.nextDouble() * 0.3;
            case STOPPED -> reason.equals("CITIZEN_HEALTH") || reason.equals("CITIZEN_WITHDREW")
                    ? 0.9 + random.nextDouble() * 0.2 : 1.15 + random.nextDouble() * 0.2;
        };
        int who5First = clamp(4 * (int) Math.round((47.2 + random.nextGaussian() * 16) / 4), 8, 92);
        int who5Delta = (int) Math.round(random.nextGaussian() * 8) + switch (outcome) {
            case HIRED, ORDINARY_HOURS -> 14;
            case ACTIVE -> 10;
            case STOPPED -> reason.equals("CITIZEN_HEALTH") ? -2 : 4;
        };
        int gseFirst = clamp((int) Math.round(26.4 + random.nextGaussian() * 4.5), 10, 40);
        int gseDelta = (int) Math.round(random.nextGaussian() * 1.5) + (outcome == Outcome.STOPPED ? 0 : 1);
        return new Course(citizen, start, outcome, end, reason, reduced, growth, who5First, who5Delta, gseFirst,
                gseDelta);
    }

    private final Map<Integer, Set<Integer>> stoppedWith = new TreeMap<>();

    private void runCourse(Course course) {
        String citizenId = citizenIds.get(course.citizen.index());
        Set<Integer> avoid = stoppedWith.getOrDefault(course.citizen.index(), Set.of());
        List<Need> candidates = candidates(course.citizen, avoid);
        JsonNode draft = null;
        Need need = null;
        for (Need candidate : candidates) {
            DemoClient.Answer answer = candidate.employer().owner().send("POST", "/api/v1/agreements", Map.of(
                    "citizenId", citizenId, "needId", candidate.id(), "startDate", course.start.toString()));
            if (answer.ok()) {
                draft = answer.body();
                need = candidate;
                break;
            }
            if (answer.status() != 422 && answer.status() != 409) {
                throw new DemoException("POST /api/v1/agreements answered " + answer.status() + ": " + answer.body(),
                        answer.status());
            }
        }
        if (draft == null) {
            skipped++;
            return;
        }
        DemoClient consultant = need.employer().owner();
        String path = "/api/v1/agreements/" + draft.path("id").asText();
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            consultant.post(path + "/approvals", Map.of("party", party));
        }
        agreements++;
        double startHours = draft.path("hoursPerWeek").asDouble();
        int startEffectiveness = draft.path("effectivenessPercent").asInt(80);
        LocalDate until = course.end == null ? lastDay : course.end.minusDays(1);
        long plannedDays = course.end == null ? 180 : Math.max(45, ChronoUnit.DAYS.between(course.start, course.end));
        int visits = 0;
        double hours = startHours;
        boolean reducedRecorded = false;
        List<Integer> offsets = new ArrayList<>();
        for (int offset : FOLLOW_UP_DAYS) {
            if (course.start.plusDays(offset).isAfter(until)) {
                break;
            }
            offsets.add(offset);
        }
        // The closing talk a few days before an ending, when the last follow-up is weeks earlier.
        int closing = (int) ChronoUnit.DAYS.between(course.start, until) - 2;
        if (course.end != null && !offsets.isEmpty() && closing - offsets.getLast() > 14) {
            offsets.add(closing);
        }
        for (int offset : offsets) {
            LocalDate date = course.start.plusDays(offset);
            if (course.hoursReducedOn != null && !reducedRecorded && !date.isBefore(course.hoursReducedOn)) {
                consultant.post(path + "/events", Map.of("type", "HOURS_REDUCED",
                        "date", course.hoursReducedOn.toString(),
                        "reason", "Borgeren har haft en periode med flere smerter; timerne sættes ned i en periode.",
                        "debrief", Map.of("employerView", "Vil gerne fortsætte, bare i roligere tempo.")));
                events++;
                reducedRecorded = true;
            }
            double progress = Math.min(1, (double) offset / plannedDays);
            hours = halfHours(startHours * (1 + (course.growth - 1) * progress)
                    * (reducedRecorded ? 0.7 : 1));
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("date", date.toString());
            followUp.put("actualHoursPerWeek", Math.max(1, hours));
            followUp.put("effectivenessPercent", Math.min(100, startEffectiveness + (int) Math.round(12 * progress)));
            String format;
            if (offset <= 183 && visits < 4 && random.nextDouble() < 0.8) {
                format = "WORKPLACE_VISIT";
                visits++;
            } else {
                format = weighted(new String[] {"PHONE", "JOBCENTRE_MEETING", "VIDEO", "WORKPLACE_VISIT"},
                        new int[] {50, 25, 10, 15});
            }
            followUp.put("format", format);
            if (MEASURED_ON.contains(offset)) {
                double measured = Math.min(1, (double) offset / 183);
                followUp.put("who5", clamp(4 * (int) Math.round((course.who5First + course.who5Delta * measured) / 4),
                        0, 100));
                followUp.put("gse", clamp((int) Math.round(course.gseFirst + course.gseDelta * measured), 10, 40));
                followUp.put("bip", bip(course, measured));
            }
            followUp.put("notes", note(course, offset));
            consultant.post(path + "/follow-ups", followUp);
            followUps++;
        }
        if (course.outcome == Outcome.ACTIVE) {
            return;
        }
        Map<String, Object> ending = new LinkedHashMap<>();
        ending.put("type", course.outcome.name());
        ending.put("date", course.end.toString());
        if (course.outcome == Outcome.STOPPED) {
            ending.put("reasonCode", course.reasonCode);
            ending.put("reason", stopReason(course.reasonCode));
            ending.put("debrief", Map.of("employerView", employerView(course.reasonCode),
                    "strengths", List.of(pick(DemoCatalogue.STRENGTHS), pick(DemoCatalogue.STRENGTHS)).stream()
                            .distinct().toList(),
                    "lessons", lessons(course.reasonCode)));
            consultant.post(path + "/events", ending);
            events++;
            stopped++;
            stoppedWith.computeIfAbsent(course.citizen.index(), k -> new HashSet<>()).add(need.employer().index());
            return;
        }
        ending.put("debrief", Map.of("employerView", course.outcome == Outcome.HIRED
                        ? "Vi ansætter i fleksjob; hun/han er blevet en fast del af holdet."
                        : "Timerne er nu ordinære; vi fortsætter med samme opgaver.",
                "strengths", List.of(pick(DemoCatalogue.STRENGTHS))));
        consultant.post(path + "/events", ending);
        events++;
        inWork++;
        LocalDate jobEnded = course.jobEndsAfter < 0 ? null : course.end.plusDays(course.jobEndsAfter);
        for (int offset : AFTERCARE_DAYS) {
            LocalDate date = course.end.plusDays(offset);
            if (date.isAfter(lastDay) || (jobEnded != null && !date.isBefore(jobEnded))) {
                break;
            }
            consultant.post(path + "/follow-ups", Map.of("date", date.toString(), "actualHoursPerWeek", Math.max(1, hours),
                    "format", "PHONE", "stillEmployed", true, "notes", "Efterværn: trives i jobbet."));
            followUps++;
        }
        if (jobEnded != null && !jobEnded.isAfter(lastDay)) {
            if (course.jobEndsAfter <= 182) {
                consultant.post(path + "/follow-ups", Map.of("date", jobEnded.toString(), "actualHoursPerWeek", 0,
                        "format", "PHONE", "stillEmployed", false,
                        "notes", "Efterværn: ansættelsen er ophørt."));
                followUps++;
            }
            String reason = weighted(new String[] {"EMPLOYER_NO_LONGER_NEEDS", "CITIZEN_HEALTH", "HOURS_NOT_REACHED",
                "WORKPLACE_CULTURE"}, new int[] {40, 35, 15, 10});
            consultant.post(path + "/events", Map.of("type", "EMPLOYMENT_ENDED", "date", jobEnded.toString(),
                    "reasonCode", reason, "reason", stopReason(reason)));
            events++;
        }
    }

    /**
     * The needs to try for a citizen, as a consultant would: the service's own matches first (a
     * random one of the best three, so that not everyone lands at the same employer), then the rest
     * of the matches in order, then a few needs nearby in case the search index lags behind.
     */
    private List<Need> candidates(Citizen citizen, Set<Integer> avoid) {
        Map<String, Need> byId = new LinkedHashMap<>();
        needs.forEach(n -> byId.put(n.id(), n));
        List<Need> matched = new ArrayList<>();
        for (JsonNode match : clients.getFirst().get("/api/v1/citizens/" + citizenIds.get(citizen.index())
                + "/matches?limit=20").path("results")) {
            Need need = byId.get(match.path("needId").asText());
            if (need != null && !avoid.contains(need.employer().index())) {
                matched.add(need);
            }
        }
        List<Need> ordered = new ArrayList<>();
        if (!matched.isEmpty()) {
            ordered.add(matched.remove(random.nextInt(Math.min(3, matched.size()))));
            ordered.addAll(matched);
        }
        List<Need> nearby = new ArrayList<>(needs.stream()
                .filter(n -> !ordered.contains(n) && !avoid.contains(n.employer().index()))
                .filter(n -> citizen.qualifications().containsAll(n.nonNegotiables()))
                .filter(n -> km(citizen.lat(), citizen.lon(), n.employer().lat(), n.employer().lon())
                        <= citizen.maxTravelKm())
                .toList());
        Collections.shuffle(nearby, random);
        nearby.sort(Comparator.comparing(n -> n.employer().trade() == citizen.trade() ? 0 : 1));
        ordered.addAll(nearby.subList(0, Math.min(matched.isEmpty() ? 8 : 3, nearby.size())));
        return ordered;
    }

    private Map<String, Object> bip(Course course, double measured) {
        Map<String, Object> bip = new LinkedHashMap<>();
        int base = 2 + (course.citizen.index() % 2);
        int gain = course.outcome == Outcome.STOPPED ? 0 : (int) Math.round(measured);
        for (String code : List.of("COOPERATION", "JOB_SEARCH_KNOWLEDGE", "ENERGY", "HEALTH", "ATTENDANCE",
                "CONSULTANT_ASSESSMENT")) {
            bip.put(code, clamp(base + gain + random.nextInt(2) - (code.equals("HEALTH") ? 1 : 0), 1, 5));
        }
        return bip;
    }

    private String note(Course course, int offset) {
        if (offset == FOLLOW_UP_DAYS[0]) {
            return "Godt i gang. Kender opgaverne og har en fast makker.";
        }
        if (course.outcome == Outcome.STOPPED) {
            return pick(List.of("Svingende fremmøde; aftalt at tale med lægen.", "Trives ikke helt med opgaverne.",
                    "Har svært ved at nå timerne; vi holder fast i planen en måned mere."));
        }
        return pick(List.of("Flere timer næste måned, arbejdsgiveren er tilfreds.", "Tager selv nye opgaver.",
                "Har brug for pauser, men klarer opgaverne.", "Mødestabil, vil gerne prøve flere opgaver."));
    }

    private static String stopReason(String code) {
        return switch (code) {
            case "CITIZEN_HEALTH" -> "Helbredet slog ikke til; sygemeldt i flere uger.";
            case "HOURS_NOT_REACHED" -> "Timerne kom ikke op som planlagt.";
            case "TASKS_UNSUITABLE" -> "Opgaverne passede ikke til borgerens skånehensyn i praksis.";
            case "CITIZEN_WITHDREW" -> "Borgeren ønskede selv at stoppe.";
            case "WORKPLACE_CULTURE" -> "Borgeren faldt ikke til i holdet.";
            case "EMPLOYER_NO_LONGER_NEEDS" -> "Virksomheden mistede en stor ordre og har ikke opgaverne mere.";
            case "EMPLOYER_DISSATISFIED" -> "Virksomheden var ikke tilfreds med kvaliteten.";
            case "MOVED" -> "Borgeren er flyttet ud af kommunen.";
            default -> "Forløbet er afsluttet efter aftale.";
        };
    }

    private static String employerView(String code) {
        return switch (code) {
            case "CITIZEN_HEALTH" -> "Ærgerligt, han/hun var god når helbredet tillod det. Døren står åben.";
            case "TASKS_UNSUITABLE" -> "Opgaverne krævede mere stående arbejde end vi troede.";
            case "WORKPLACE_CULTURE" -> "Vores hold er meget højlydt; det passede ikke.";
            case "EMPLOYER_NO_LONGER_NEEDS" -> "Tilfreds med indsatsen, men vi har ikke opgaverne nu.";
            case "EMPLOYER_DISSATISFIED" -> "Vi havde brug for mere stabilitet.";
            default -> "Det var et fornuftigt forløb, selv om det sluttede her.";
        };
    }

    private static String lessons(String code) {
        return switch (code) {
            case "CITIZEN_HEALTH" -> "Start med færre timer og tættere opfølgning de første uger.";
            case "TASKS_UNSUITABLE" -> "Afklar de fysiske krav i opgaverne ved besøget, ikke bagefter.";
            case "WORKPLACE_CULTURE" -> "Vælg en mindre arbejdsplads med fast makker næste gang.";
            case "HOURS_NOT_REACHED" -> "Progressionen var for stejl; mindre trin.";
            default -> "Nyt forløb hurtigt, med det borgeren var god til som udgangspunkt.";
        };
    }

    // --- introductions -----------------------------------------------------------------------------

    /** Citizens without a placement proposed by name to nearby needs: some accepted, some declined, most open. */
    private void introduce(List<Citizen> citizens, Set<Integer> placed) {
        int wanted = Math.max(6, size.citizens / 12);
        String[] declineReasons = {"HOURS_DO_NOT_FIT", "NO_TIME_TO_TRAIN", "NEED_COVERED", "TASKS_NOT_SUITABLE"};
        for (Citizen citizen : citizens) {
            if (introductions >= wanted) {
                return;
            }
            if (!citizen.consent() || placed.contains(citizen.index())) {
                continue;
            }
            List<Need> candidates = new ArrayList<>(needs.stream()
                    .filter(n -> citizen.qualifications().containsAll(n.nonNegotiables()))
                    .filter(n -> km(citizen.lat(), citizen.lon(), n.employer().lat(), n.employer().lon())
                            <= citizen.maxTravelKm())
                    .toList());
            candidates.sort(Comparator.comparing(n -> n.employer().trade() == citizen.trade() ? 0 : 1));
            for (Need need : candidates.subList(0, Math.min(8, candidates.size()))) {
                DemoClient consultant = need.employer().owner();
                DemoClient.Answer answer = consultant.send("POST", "/api/v1/needs/" + need.id() + "/introductions",
                        Map.of("citizenId", citizenIds.get(citizen.index()),
                                "note", "Stabil og motiveret; vil gerne starte med få timer og bygge op."));
                if (answer.status() == 422 || answer.status() == 409) {
                    continue;
                }
                if (!answer.ok()) {
                    throw new DemoException("POST introductions answered " + answer.status() + ": " + answer.body(),
                            answer.status());
                }
                String id = answer.body().path("id").asText();
                if (introductions % 4 == 1) {
                    consultant.post("/api/v1/introductions/" + id + "/response", Map.of("decision", "ACCEPTED",
                            "comment", "Vi vil gerne møde borgeren til en samtale."));
                } else if (introductions % 4 == 3) {
                    consultant.post("/api/v1/introductions/" + id + "/response", Map.of("decision", "DECLINED",
                            "reasonCode", declineReasons[(introductions / 4) % declineReasons.length],
                            "comment", "Ikke lige nu; spørg igen efter sæsonen."));
                }
                introductions++;
                break;
            }
        }
    }

    // --- small helpers -----------------------------------------------------------------------------

    private Map<String, Object> location(Place place, double lat, double lon) {
        return Map.of("postcode", place.postcode(), "city", place.city(), "lat", round(lat, 4), "lon", round(lon, 4));
    }

    private Place place() {
        int total = DemoCatalogue.PLACES.stream().mapToInt(Place::weight).sum();
        int r = random.nextInt(total);
        for (Place place : DemoCatalogue.PLACES) {
            r -= place.weight();
            if (r < 0) {
                return place;
            }
        }
        throw new IllegalStateException();
    }

    private AccommodationNote weightedNote() {
        int total = DemoCatalogue.ACCOMMODATIONS.stream().mapToInt(AccommodationNote::weight).sum();
        int r = random.nextInt(total);
        for (AccommodationNote note : DemoCatalogue.ACCOMMODATIONS) {
            r -= note.weight();
            if (r < 0) {
                return note;
            }
        }
        throw new IllegalStateException();
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void chance(double p, Runnable action) {
        if (random.nextDouble() < p) {
            action.run();
        }
    }

    private double jitter(double degrees) {
        return degrees + (random.nextDouble() - 0.5) * 0.016;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static double halfHours(double hours) {
        return Math.round(hours * 2) / 2.0;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The great-circle distance in km. */
    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
