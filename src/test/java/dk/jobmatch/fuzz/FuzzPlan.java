package dk.jobmatch.fuzz;

import dk.jobmatch.fuzz.Contract.Operation;
import dk.jobmatch.fuzz.Contract.Parameter;
import dk.jobmatch.fuzz.SchemaWalker.Site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Function;

/**
 * Draws fuzz requests from the contract, deterministically from a seed: first one request for every
 * operation and every category that applies to it (so each operation is covered in every run), then
 * requests for operations weighted by how many places their body has, each with one thing wrong.
 * Nothing here talks to the service: the same seed gives the same plan, request for request.
 */
public final class FuzzPlan {

    /** A hint that leaves the property out of the valid example (it is valid only in other states). */
    static final Object ABSENT = new Object();

    /**
     * Values the schema cannot tell: ids of the test's fixtures, unique references, dates in the
     * future and codes that keep a fixture usable. Tokens ({@code @name@}) are bound when sending.
     */
    static final Map<String, Object> HINTS = Map.ofEntries(
            Map.entry("citizenId", "@citizenId@"),
            Map.entry("needId", "@needId@"),
            Map.entry("taskId", "@taskId@"),
            Map.entry("taskIds", List.of("@taskId@")),
            Map.entry("externalRef", "@ref@"),
            Map.entry("cvr", "@cvr@"),
            Map.entry("username", "@user@"),
            Map.entry("password", "hemmeligt-kodeord"),
            Map.entry("url", "http://localhost:9/fuzz"),
            Map.entry("eventTypes", List.of("need.created")),
            Map.entry("version", "@version@"),
            // HOURS_REDUCED keeps the ACTIVE fixture ACTIVE; the other events end it.
            Map.entry("type", "HOURS_REDUCED"),
            Map.entry("reasonCode", "OTHER"),
            Map.entry("startDate", "@startDate@"),
            Map.entry("date", "@today@"),
            Map.entry("dueDate", "@later@"),
            Map.entry("nextDate", "@later@"),
            Map.entry("nextContactDate", "@later@"),
            Map.entry("reassessmentDate", "@later@"),
            Map.entry("companyVisit", "@later@"),
            Map.entry("bip", Map.of("ENERGY", 3)),
            // The first codes would make the example need and citizen unmatchable (HEAVY_LIFTING against
            // NO_HEAVY_LIFTING), so that no example agreement could be made between them.
            Map.entry("demands", List.of("PROLONGED_STANDING")),
            // Where the fixtures are (Frederikshavn), so that the example citizen can reach the example need.
            Map.entry("location", ordered("postcode", "9900", "city", "Frederikshavn", "lat", 57.44, "lon", 10.53)),
            // Valid on aftercare follow-ups only, and one of paid/hourType is enough.
            Map.entry("stillEmployed", ABSENT),
            Map.entry("paid", ABSENT),
            // Tasks keep their ids on PUT when sent; the examples send none (the server assigns them).
            Map.entry("id", ABSENT),
            // An agreement request names a citizen and a need; one from an introduction is tested apart.
            Map.entry("introductionId", ABSENT));

    /** A map in the order given: Map.of's order changes from one JVM to the next, and so would the plan. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Path parameters: the fixture each names (agreements that take follow-ups and events are ACTIVE ones). */
    static String pathToken(Operation operation, String parameter) {
        if (operation.method().equals("DELETE")) {
            return "@victim:" + parameter + "@";
        }
        return switch (parameter) {
            case "agreementId" -> switch (operation.id()) {
                case "addFollowUp", "addAgreementEvent", "getAgreementProgress", "replanAgreement" -> "@activeAgreementId@";
                default -> "@agreementId@";
            };
            case "version" -> "1";
            default -> "@" + parameter + "@";
        };
    }

    /** Import bodies are NDJSON of the same objects as the single creates, a need with its employer. */
    private static final Map<String, String> IMPORT_LINES = Map.of("importCitizens", "Citizen", "importNeeds", "Need");

    private static final Map<Category, Integer> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.VALID, 2), Map.entry(Category.WRONG_TYPE, 10), Map.entry(Category.NULL_VALUE, 8),
            Map.entry(Category.NULL_IN_ARRAY, 6), Map.entry(Category.MISSING_FIELD, 6), Map.entry(Category.EXTRA_FIELD, 5),
            Map.entry(Category.NUMBER_BOUNDARY, 8), Map.entry(Category.STRING_LENGTH, 5),
            Map.entry(Category.ODD_UNICODE, 8), Map.entry(Category.UNKNOWN_CODE, 6), Map.entry(Category.BAD_FORMAT, 5),
            Map.entry(Category.ARRAY_SIZE, 5), Map.entry(Category.DEEP_NESTING, 3), Map.entry(Category.MALFORMED_JSON, 6),
            Map.entry(Category.CONTENT_TYPE, 4), Map.entry(Category.PATH_ID, 6), Map.entry(Category.QUERY, 8),
            Map.entry(Category.HEADERS, 3)));

    private static final List<String> READ_ONLY_NAMES = List.of("id", "createdAt", "updatedAt", "employerId", "held",
            "available", "committedHoursPerWeek", "remainingHoursPerWeek", "measured", "aftercare", "aftercareDates",
            "status", "approvals", "inForceVersion");
    private static final List<String> ODD_KEYS = List.of("fuzzExtra", "", " ", "__proto__", "constructor", "$ref",
            "\u0000", "\ud800", "title ", "TITLE", "a".repeat(5000), "🙂");
    private static final List<Object> OF_EVERY_TYPE = List.of("text", 42L, 4.2, true, false, Map.of(), List.of(),
            List.of("x"), Map.of("a", 1L));
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "2026-00-10", "26-12-01",
            "2026-1-1", "2026-12-01T00:00:00Z", "", " ", "0000-00-00", "0000-01-01", "0001-01-01", "9999-12-31",
            "+10000-01-01", "-0001-01-01", "+999999999-12-31", "2026/12/01", "01-12-2026", "I dag", "2026-12-01\u0000",
            "١٢٣٤-١٢-٠١", "20261201");
    private static final List<String> BAD_DATE_TIMES = List.of("2026-12-01", "2026-12-01T25:00:00Z",
            "2026-12-01T10:00:00", "2026-12-01 10:00:00Z", "2026-12-01T10:00:00+25:00", "+999999999-12-31T23:59:59Z", "");
    private static final List<String> BAD_EMAILS = List.of("not-an-email", "a@", "@b.dk", "a@@b.dk", "a b@c.dk",
            "a@b", "\u0000@b.dk", "a".repeat(300) + "@b.dk");
    /** {@code @otherEntity@}: the id of an existing resource of another kind. */
    private static final List<String> BAD_IDS = List.of("00000000-0000-0000-0000-000000000000", "unknown",
            "x".repeat(65), "x".repeat(3000), "..%2F..%2Fetc%2Fpasswd", "..", "%2E%2E", "%27%20OR%201%3D1%20--",
            "%F0%9F%99%82", "%00", "%C0%80", "%E2%80%AE", "%ED%A0%80", "%20", "null", "-1", "0", "1e9", "%7BneedId%7D",
            "a%2Fb", "%25", "%FF%FE", "@otherEntity@");
    private static final List<String> BAD_VERSIONS = List.of("0", "-1", "100001", "2147483648", "-2147483649",
            "99999999999999999999", "1.5", "1e3", "abc", "%201", "0x1", "%D9%A1", "%00", "1%20", "9".repeat(500));
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "NONE",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/json-patch+json",
            "application/*", "application/json;;;", "APPLICATION/JSON", "application/json; charset=nonsense",
            "application/x-ndjson", "application/json", "image/png", "*/*");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "application/pdf", "*/*;q=0",
            "x/y;;", "", "text/event-stream", "application/problem+json", "application/json;q=0, text/csv");

    private final Contract contract;
    private final SchemaWalker walker;
    private final Random random;
    private final OddValues odd;
    private final Map<String, Object> examples = new HashMap<>();
    private final Map<String, List<Site>> sites = new HashMap<>();
    private final Map<String, Map<String, Object>> bodySchemas = new HashMap<>();

    private FuzzPlan(Contract contract, long seed) {
        this.contract = contract;
        this.walker = new SchemaWalker(contract, HINTS::get);
        this.random = new Random(seed);
        this.odd = new OddValues();
    }

    /**
     * {@code requests} requests from the seed, drawn one at a time as they are iterated (a plan holds
     * bodies of up to a megabyte, so it is not kept whole); at least one per operation and applicable
     * category. Each iteration starts again from the seed and gives the same requests.
     */
    public static Iterable<FuzzCase> of(Contract contract, long seed, int requests) {
        return () -> new FuzzPlan(contract, seed).iterator(requests);
    }

    /** The plan as a list, for tests of the plan with few or small requests. */
    public static List<FuzzCase> draw(Contract contract, long seed, int requests) {
        List<FuzzCase> cases = new ArrayList<>();
        of(contract, seed, requests).forEach(cases::add);
        return cases;
    }

    /** The valid example body of an operation, as sent in category VALID (tokens unbound). */
    public static Object example(Contract contract, String operationId) {
        return new FuzzPlan(contract, 0).example(contract.operation(operationId));
    }

    /** How many requests the plan opens with: one per operation and category that applies to it. */
    public static int opening(Contract contract) {
        return new FuzzPlan(contract, 0).coverage().size();
    }

    private List<Map.Entry<Operation, Category>> coverage() {
        List<Map.Entry<Operation, Category>> coverage = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            for (Category category : Category.values()) {
                if (applies(operation, category)) {
                    coverage.add(Map.entry(operation, category));
                }
            }
        }
        return coverage;
    }

    private Iterator<FuzzCase> iterator(int requests) {
        List<Operation> operations = contract.operations();
        List<Map.Entry<Operation, Category>> coverage = coverage();
        double[] weights = new double[operations.size()];
        double sum = 0;
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            weights[i] = switch (operation.id()) {
                // A rebuild of the whole index per request would be most of the run's time.
                case "reindex" -> 2;
                // bcrypt on every one (also for unknown users): 5-10 times a plain request.
                case "login", "createEmployerAccount" -> 4;
                default -> 10 + sitesOf(operation).size();
            };
            sum += weights[i];
        }
        double total = sum;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < requests;
            }

            @Override
            public FuzzCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                if (index < coverage.size()) {
                    return draw(index, coverage.get(index).getKey(), coverage.get(index).getValue());
                }
                double pick = random.nextDouble() * total;
                int i = 0;
                while (pick >= weights[i] && i < weights.length - 1) {
                    pick -= weights[i++];
                }
                Operation operation = operations.get(i);
                return draw(index, operation, category(operation));
            }
        };
    }

    private Category category(Operation operation) {
        List<Category> applicable = new ArrayList<>();
        int total = 0;
        for (Category category : Category.values()) {
            if (applies(operation, category)) {
                applicable.add(category);
                total += WEIGHTS.get(category);
            }
        }
        int pick = random.nextInt(total);
        for (Category category : applicable) {
            pick -= WEIGHTS.get(category);
            if (pick < 0) {
                return category;
            }
        }
        throw new IllegalStateException();
    }

    boolean applies(Operation operation, Category category) {
        boolean json = bodySchema(operation) != null;
        return switch (category) {
            case VALID, HEADERS, QUERY -> true;
            case PATH_ID -> !operation.in("path").isEmpty();
            case CONTENT_TYPE, MALFORMED_JSON -> !operation.method().equals("GET") && !operation.method().equals("DELETE");
            case WRONG_TYPE, NULL_VALUE, MISSING_FIELD, EXTRA_FIELD, DEEP_NESTING -> json;
            case NULL_IN_ARRAY, ARRAY_SIZE -> json && sitesOf(operation).stream().anyMatch(s -> s.value() instanceof List);
            case NUMBER_BOUNDARY -> json && sitesOf(operation).stream().anyMatch(s -> s.value() instanceof Number
                    || SchemaWalker.type(s.schema()).matches("number|integer"));
            case STRING_LENGTH, ODD_UNICODE -> json && sitesOf(operation).stream().anyMatch(FuzzPlan::isString);
            case UNKNOWN_CODE -> json && sitesOf(operation).stream().anyMatch(FuzzPlan::isCode);
            case BAD_FORMAT -> json && sitesOf(operation).stream().anyMatch(FuzzPlan::isFormatted);
        };
    }

    private FuzzCase draw(int index, Operation operation, Category category) {
        Request request = new Request(operation);
        String what = switch (category) {
            case VALID -> "valid example";
            case PATH_ID -> badPathId(operation, request);
            case QUERY -> badQuery(operation, request);
            case HEADERS -> badHeader(operation, request);
            case CONTENT_TYPE -> badContentType(operation, request);
            case MALFORMED_JSON -> malformed(operation, request);
            default -> mutateBody(operation, category, request);
        };
        return request.build(index, category, what);
    }

    // ---- the request being drawn ------------------------------------------------------------

    private final class Request {
        final Operation operation;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final StringBuilder query = new StringBuilder();
        final Map<String, String> headers = new LinkedHashMap<>();
        Object body;
        String text;
        byte[] raw;

        Request(Operation operation) {
            this.operation = operation;
            operation.in("path").forEach(p -> pathValues.put(p.name(), pathToken(operation, p.name())));
            Map<String, Object> schema = bodySchema(operation);
            if (schema != null) {
                body = Json.copy(example(operation));
            }
            if (operation.hasBody()) {
                headers.put("Content-Type", operation.mediaType().equals("application/x-ndjson")
                        ? "application/x-ndjson; charset=utf-8" : "application/json");
            }
        }

        FuzzCase build(int index, Category category, String what) {
            // A required query parameter the case left alone gets a valid value, so only what it broke is wrong.
            for (Parameter parameter : operation.in("query")) {
                if (parameter.required() && !("&" + query).contains("&" + parameter.name() + "=")) {
                    param(parameter.name(), encode(validQueryValue(parameter.schema())));
                }
            }
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            String bodyText = text;
            if (bodyText == null && raw == null && body != null) {
                bodyText = IMPORT_LINES.containsKey(operation.id()) ? Json.write(body) + "\n" : Json.write(body);
            }
            return new FuzzCase(index, category, operation.id(), operation.method(), path, query.toString(),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers)), bodyText, raw, what);
        }

        void param(String name, String encodedValue) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(encodedValue);
        }
    }

    // ---- bodies -------------------------------------------------------------------------------

    /** The schema of the JSON object sent: the request body's, or an import line's. */
    private Map<String, Object> bodySchema(Operation operation) {
        return bodySchemas.computeIfAbsent(operation.id(), id -> {
            if (IMPORT_LINES.containsKey(id)) {
                Map<String, Object> schema = new LinkedHashMap<>(contract.resolve(
                        Map.of("$ref", "#/components/schemas/" + IMPORT_LINES.get(id))));
                if (id.equals("importNeeds")) {
                    Map<String, Object> properties = new LinkedHashMap<>(SchemaWalker.properties(schema));
                    properties.put("employerId", Map.of("type", "string", "maxLength", 64));
                    schema.put("properties", properties);
                }
                return schema;
            }
            Map<String, Object> schema = operation.bodySchema();
            return schema != null && "object".equals(SchemaWalker.type(schema)) ? schema : null;
        });
    }

    private Object example(Operation operation) {
        return examples.computeIfAbsent(operation.id(), id -> {
            Object example = walker.example(bodySchema(operation), null);
            dropAbsent(example);
            if (id.equals("importNeeds") && example instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> need = (Map<String, Object>) map;
                need.put("employerId", "@employerId@");
            }
            return example;
        });
    }

    private static void dropAbsent(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.values().removeIf(v -> v == ABSENT);
            map.values().forEach(FuzzPlan::dropAbsent);
        } else if (value instanceof List<?> list) {
            list.removeIf(v -> v == ABSENT);
            list.forEach(FuzzPlan::dropAbsent);
        }
    }

    private List<Site> sitesOf(Operation operation) {
        return sites.computeIfAbsent(operation.id(), id -> {
            Map<String, Object> schema = bodySchema(operation);
            return schema == null ? List.of() : walker.sites(example(operation), schema);
        });
    }

    private static boolean isString(Site site) {
        return site.value() instanceof String;
    }

    private static boolean isCode(Site site) {
        return site.schema() != null && site.schema().get("enum") != null
                || site.value() instanceof Map<?, ?> && site.schema() != null
                && site.schema().get("additionalProperties") instanceof Map<?, ?>;
    }

    private static boolean isFormatted(Site site) {
        return site.value() instanceof String && site.schema() != null
                && (site.schema().get("format") != null || site.schema().get("pattern") != null);
    }

    private String mutateBody(Operation operation, Category category, Request request) {
        List<Site> candidates = sitesOf(operation).stream().filter(site -> switch (category) {
            case NULL_IN_ARRAY, ARRAY_SIZE -> site.value() instanceof List;
            case MISSING_FIELD -> site.isProperty();
            case EXTRA_FIELD -> site.value() instanceof Map;
            case NUMBER_BOUNDARY -> site.value() instanceof Number;
            case STRING_LENGTH, ODD_UNICODE -> isString(site);
            case UNKNOWN_CODE -> isCode(site);
            case BAD_FORMAT -> isFormatted(site);
            default -> true;
        }).toList();
        Site site = candidates.get(random.nextInt(candidates.size()));
        Map<String, Object> schema = site.schema() == null ? Map.of() : site.schema();
        String at = site.pointer();
        switch (category) {
            case WRONG_TYPE -> {
                Object value;
                do {
                    value = OF_EVERY_TYPE.get(random.nextInt(OF_EVERY_TYPE.size()));
                } while (sameType(value, site.value()));
                return set(request, site, Json.copy(value), at);
            }
            case NULL_VALUE -> {
                return set(request, site, null, at);
            }
            case NULL_IN_ARRAY -> {
                List<Object> list = new ArrayList<>((List<?>) site.value());
                switch (random.nextInt(4)) {
                    case 0 -> list.set(random.nextInt(list.size()), null);
                    case 1 -> list.add(null);
                    case 2 -> list.addFirst(null);
                    default -> {
                        list.clear();
                        list.add(null);
                    }
                }
                return set(request, site, list, at);
            }
            case MISSING_FIELD -> {
                if (random.nextInt(8) == 0) {
                    request.body = new LinkedHashMap<>();
                    return "every property left out";
                }
                remove(request.body, site.path());
                return at + " left out";
            }
            case EXTRA_FIELD -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) get(request.body, site.path());
                String key = random.nextBoolean() ? READ_ONLY_NAMES.get(random.nextInt(READ_ONLY_NAMES.size()))
                        : ODD_KEYS.get(random.nextInt(ODD_KEYS.size()));
                Object value = random.nextBoolean() ? odd.string(random) : Json.copy(OF_EVERY_TYPE.get(random.nextInt(OF_EVERY_TYPE.size())));
                object.put(key, value);
                return at + " + " + shorten(key) + "=" + shorten(Json.write(value));
            }
            case NUMBER_BOUNDARY -> {
                return set(request, site, boundaryNumber(schema), at);
            }
            case STRING_LENGTH -> {
                return set(request, site, sizedString(schema), at);
            }
            case ODD_UNICODE -> {
                return set(request, site, odd.string(random), at);
            }
            case UNKNOWN_CODE -> {
                if (site.value() instanceof Map<?, ?>) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) get(request.body, site.path());
                    String key = unknownCode(List.of("ENERGY"));
                    map.put(key, 3L);
                    return at + " + key " + shorten(key);
                }
                @SuppressWarnings("unchecked")
                List<Object> codes = (List<Object>) schema.get("enum");
                return set(request, site, unknownCode(codes), at);
            }
            case BAD_FORMAT -> {
                return set(request, site, badFormat(schema), at);
            }
            case ARRAY_SIZE -> {
                return set(request, site, sizedArray(schema, (List<?>) site.value()), at);
            }
            case DEEP_NESTING -> {
                int depth = List.of(50, 500, 999, 1001, 5000, 20_000).get(random.nextInt(6));
                boolean arrays = random.nextBoolean();
                String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                set(request, site, new Json.Raw(nested), at);
                return at + " <- " + (arrays ? "arrays" : "objects") + " nested " + depth + " deep";
            }
            default -> throw new IllegalStateException(category.name());
        }
    }

    private String set(Request request, Site site, Object value, String at) {
        if (site.isRoot()) {
            request.body = value;
        } else {
            Object parent = get(request.body, site.path().subList(0, site.path().size() - 1));
            Object key = site.path().getLast();
            if (parent instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                object.put((String) key, value);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) parent;
                list.set((Integer) key, value);
            }
        }
        String written = value instanceof String s && s.length() > 60 ? s.length() + " characters"
                : value instanceof List<?> l && l.size() > 20 ? l.size() + " elements" : shorten(Json.write(value));
        return at + " <- " + written;
    }

    private static Object get(Object root, List<Object> path) {
        Object current = root;
        for (Object part : path) {
            current = part instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(part);
        }
        return current;
    }

    private static void remove(Object root, List<Object> path) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        ((Map<?, ?>) parent).remove(path.getLast());
    }

    private static boolean sameType(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a instanceof Number && b instanceof Number || a instanceof Map && b instanceof Map
                || a instanceof List && b instanceof List || a.getClass() == b.getClass();
    }

    private Object boundaryNumber(Map<String, Object> schema) {
        Double min = SchemaWalker.number(schema, "minimum");
        Double max = SchemaWalker.number(schema, "maximum");
        boolean integer = "integer".equals(SchemaWalker.type(schema));
        List<Object> values = new ArrayList<>();
        double step = integer ? 1 : 0.5;
        if (min != null) {
            values.addAll(List.of(min, min - step, min - 1e-9, min + step));
        }
        if (max != null) {
            values.addAll(List.of(max, max + step, max + 1e-9, max - step));
        }
        values.addAll(List.of(new Json.Raw("-0.0"), new Json.Raw("-0"), 0L, -1L, 1e308, -1e308, 4.9e-324,
                new Json.Raw("1e400"), new Json.Raw("-1e400"), new Json.Raw("1" + "0".repeat(400)),
                new Json.Raw("0." + "0".repeat(400) + "1"), 0.25, 1.0 / 3, 2147483647L, 2147483648L, -2147483648L,
                -2147483649L, Long.MAX_VALUE, new Json.Raw("9223372036854775808"), new Json.Raw("-9223372036854775809"),
                new Json.Raw("1e2"), new Json.Raw("1E+2"), new Json.Raw("1.0"), 1.5, odd.anyNumber(random)));
        Object value = values.get(random.nextInt(values.size()));
        if (integer && value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return random.nextBoolean() ? (Object) (long) (double) d : d;
        }
        return value;
    }

    private String sizedString(Map<String, Object> schema) {
        Integer minLength = SchemaWalker.integer(schema, "minLength");
        Integer maxLength = SchemaWalker.integer(schema, "maxLength");
        List<Integer> lengths = new ArrayList<>(List.of(0, 200_000, 600_000));
        if (minLength != null && minLength > 0) {
            lengths.add(minLength - 1);
        }
        if (maxLength != null) {
            lengths.addAll(List.of(maxLength, maxLength + 1, maxLength * 10));
        }
        int length = lengths.get(random.nextInt(lengths.size()));
        String unit = List.of("x", "ø", " ", "🙂", "a\u0301").get(random.nextInt(5));
        StringBuilder text = new StringBuilder(length + 2);
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    private String unknownCode(List<Object> codes) {
        String valid = String.valueOf(codes.get(random.nextInt(codes.size())));
        List<String> values = List.of("NOT_A_CODE", valid.toLowerCase(Locale.ROOT), valid + " ", " " + valid, "",
                "HEAVY_LIFTING", "FLEKSJOB", "X".repeat(61), "A'B\"C", valid + "\u0000", valid.replace('I', 'İ'),
                odd.string(random));
        return values.get(random.nextInt(values.size()));
    }

    private String badFormat(Map<String, Object> schema) {
        if (schema.get("pattern") instanceof String pattern) {
            List<String> violations = Patterns.violations(pattern);
            return violations.get(random.nextInt(violations.size()));
        }
        List<String> values = switch (String.valueOf(schema.get("format"))) {
            case "date" -> BAD_DATES;
            case "date-time" -> BAD_DATE_TIMES;
            case "email" -> BAD_EMAILS;
            default -> List.of("");
        };
        return values.get(random.nextInt(values.size()));
    }

    private List<Object> sizedArray(Map<String, Object> schema, List<?> example) {
        Integer maxItems = SchemaWalker.integer(schema, "maxItems");
        List<Integer> sizes = new ArrayList<>(List.of(0, 10_000, 100_000));
        if (maxItems != null) {
            sizes.addAll(List.of(maxItems, maxItems + 1));
        }
        int size = sizes.get(random.nextInt(sizes.size()));
        Object item = example.isEmpty() ? "x" : example.getFirst();
        // Big arrays of big items would only hit the body size limit: use small items there.
        if (size > 1000 && Json.write(item).length() > 12) {
            item = random.nextBoolean() ? 1L : "x";
        }
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(Json.copy(item));
        }
        return list;
    }

    // ---- whole requests -----------------------------------------------------------------------

    private String badPathId(Operation operation, Request request) {
        List<Parameter> parameters = operation.in("path");
        Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        List<String> values = parameter.name().equals("version") ? BAD_VERSIONS : BAD_IDS;
        String value = values.get(random.nextInt(values.size()));
        if (value.equals("@otherEntity@")) {
            // An id that exists, of another kind of resource.
            value = parameter.name().equals("citizenId") ? "@needId@" : "@citizenId@";
        }
        request.pathValues.put(parameter.name(), value);
        return "{" + parameter.name() + "} = " + shorten(value);
    }

    private static String validQueryValue(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> codes) {
            return String.valueOf(codes.getFirst());
        }
        if (schema.get("pattern") instanceof String pattern) {
            return Patterns.example(pattern);
        }
        Integer min = SchemaWalker.integer(schema, "minimum");
        return SchemaWalker.type(schema).matches("number|integer") ? String.valueOf(min == null ? 1 : min) : "x";
    }

    private String badQuery(Operation operation, Request request) {
        List<Parameter> parameters = operation.in("query");
        if (parameters.isEmpty() || random.nextInt(6) == 0) {
            String name = List.of("foo", "page[]", "q", "size", "%00", "a".repeat(300), "sort").get(random.nextInt(7));
            String value = encode(odd.string(random));
            request.param(name, value);
            return "unknown parameter " + shorten(name) + "=" + shorten(value);
        }
        Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        Map<String, Object> schema = parameter.schema();
        List<String> values = new ArrayList<>(List.of("", "%00", encode(odd.string(random)), "x".repeat(5000)));
        if (schema.get("enum") instanceof List<?> codes) {
            String valid = String.valueOf(codes.getFirst());
            values.addAll(List.of("NOPE", valid.toLowerCase(Locale.ROOT), encode(valid + " "), "REPEAT:" + valid,
                    encode(valid + ",OPEN")));
        } else if ("integer".equals(SchemaWalker.type(schema))) {
            values.addAll(List.of("abc", "1.5", "-1", "2147483648", "-2147483649", "9".repeat(30), "1e3", "%201", "0x10",
                    "%2B1", "%D9%A1", "REPEAT:1", "NaN", "Infinity"));
            Integer min = SchemaWalker.integer(schema, "minimum");
            Integer max = SchemaWalker.integer(schema, "maximum");
            if (min != null) {
                values.addAll(List.of(String.valueOf(min - 1), String.valueOf(min)));
            }
            if (max != null) {
                values.addAll(List.of(String.valueOf(max + 1L), String.valueOf(max)));
            }
        } else if ("date".equals(schema.get("format"))) {
            BAD_DATES.forEach(d -> values.add(encode(d)));
        } else if (schema.get("pattern") instanceof String pattern) {
            Patterns.violations(pattern).forEach(v -> values.add(encode(v)));
            values.add("9".repeat(19));
        } else {
            Integer maxLength = SchemaWalker.integer(schema, "maxLength");
            if (maxLength != null) {
                values.addAll(List.of("y".repeat(maxLength), "y".repeat(maxLength + 1)));
            }
            values.addAll(List.of(encode("title:(a OR"), encode("*:*"), encode("\"unclosed"), encode("\\"), "REPEAT:a"));
        }
        String value = values.get(random.nextInt(values.size()));
        if (value.startsWith("REPEAT:")) {
            value = value.substring(7);
            request.param(parameter.name(), value);
        }
        request.param(parameter.name(), value);
        return "?" + parameter.name() + "=" + shorten(value);
    }

    private String badHeader(Operation operation, Request request) {
        switch (random.nextInt(operation.method().equals("PUT") ? 4 : 3)) {
            case 0 -> {
                String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
                request.headers.put("Accept", accept);
                return "Accept: " + accept;
            }
            case 1 -> {
                String key = List.of("", " ", "k".repeat(201), "k".repeat(200), "fuzz-key", "ø".repeat(5))
                        .get(random.nextInt(6));
                // Not every string can be a header value; Java's client refuses non-ASCII, so encode those.
                key = key.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? key : encode(key);
                request.headers.put("Idempotency-Key", key);
                return "Idempotency-Key: " + shorten(key);
            }
            case 2 -> {
                String authorization = List.of("Bearer ", "Bearer x.y.z", "Basic YWRtaW46YWRtaW4=", "bearer @token@",
                        "Bearer @token@ extra", "NONE").get(random.nextInt(6));
                request.headers.put("Authorization", authorization);
                return "Authorization: " + authorization;
            }
            default -> {
                String ifMatch = List.of("*", "\"stale\"", "W/\"1\"", "\"" + "x".repeat(500) + "\"", "", "\"1\", \"2\"",
                        "unquoted").get(random.nextInt(7));
                request.headers.put("If-Match", ifMatch);
                return "If-Match: " + shorten(ifMatch);
            }
        }
    }

    private String badContentType(Operation operation, Request request) {
        String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        String valid = request.body == null ? "{}" : Json.write(request.body);
        switch (type) {
            case "NONE" -> request.headers.remove("Content-Type");
            case "application/json; charset=ISO-8859-1" -> request.raw = valid.replace("@", "_")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "application/json; charset=UTF-16" -> request.raw = valid.replace("@", "_")
                    .getBytes(StandardCharsets.UTF_16);
            case "application/xml" -> request.text = "<?xml version=\"1.0\"?><request><title>x</title></request>";
            case "application/x-www-form-urlencoded" -> request.text = "title=x&tasks=y&hoursPerWeek=3";
            case "multipart/form-data; boundary=fuzz" -> request.text =
                    "--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + valid + "\r\n--fuzz--\r\n";
            default -> request.text = valid;
        }
        if (!type.equals("NONE")) {
            request.headers.put("Content-Type", type);
        }
        if (request.text == null && request.raw == null && request.body == null) {
            request.text = valid;
        }
        return "Content-Type: " + type;
    }

    private String malformed(Operation operation, Request request) {
        String valid = request.body == null ? "{\"a\":1}" : Json.write(request.body);
        int kind = random.nextInt(24);
        String text = switch (kind) {
            case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1)));
            case 1 -> valid + "}";
            case 2 -> valid.substring(0, valid.length() - 1) + ",}";
            case 3 -> valid.replace('"', '\'');
            case 4 -> "/* comment */" + valid;
            case 5 -> "// comment\n" + valid;
            case 6 -> valid.replaceAll("\"(\\w+)\":", "$1:");
            case 7 -> valid.length() > 2 ? "{\"title\":\"x\"," + valid.substring(1) + "" : valid;
            case 8 -> "\ufeff" + valid;
            case 9 -> "";
            case 10 -> "   \n\t ";
            case 11 -> List.of("null", "[]", "\"text\"", "42", "true", "-0", "1e400").get(random.nextInt(7));
            case 12 -> valid + valid;
            case 13 -> "[" + valid + "]";
            case 14 -> "{\"title\":" + "1".repeat(1000) + "}";
            case 15 -> "{\"title\":\"abc";
            case 16 -> "{\"title\":\"a\u0001b\"}";
            case 17 -> "{\"title\":\"\\x\"}";
            case 18 -> "{\"title\":\"\\u12\"}";
            case 19 -> " ".repeat(500_000) + valid;
            case 20 -> valid.replace(":", ":NaN,\"z\":");
            case 21 -> "{\"a\":1,\"a\":2," + (valid.length() > 2 ? valid.substring(1) : "}");
            case 22, 23 -> null;
            default -> throw new IllegalStateException();
        };
        if (text == null) {
            // Bytes that are not UTF-8: a lone continuation byte, an overlong slash, 0xFF, a raw NUL.
            byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
            byte[][] junk = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {0}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
            byte[] insert = junk[random.nextInt(junk.length)];
            int at = Math.max(1, valid.indexOf(':') + 2);
            byte[] raw = new byte[bytes.length + insert.length];
            System.arraycopy(bytes, 0, raw, 0, Math.min(at, bytes.length));
            System.arraycopy(insert, 0, raw, Math.min(at, bytes.length), insert.length);
            System.arraycopy(bytes, Math.min(at, bytes.length), raw, Math.min(at, bytes.length) + insert.length,
                    bytes.length - Math.min(at, bytes.length));
            request.raw = raw.clone();
            return "bytes that are not UTF-8 inside the body";
        }
        request.text = text;
        return "malformed #" + kind + ": " + shorten(text.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…(" + text.length() + ")" : visible;
    }

    /** For tests of the plan: the walker it uses. */
    SchemaWalker walker() {
        return walker;
    }

    static Function<String, Object> hints() {
        return HINTS::get;
    }
}
