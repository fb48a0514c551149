package dk.jobmatch.bulk;

import dk.jobmatch.api.model.CitizenDto;
import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.fuzz.Contract;
import dk.jobmatch.fuzz.FuzzCase;
import dk.jobmatch.fuzz.FuzzPlan;
import dk.jobmatch.fuzz.Json;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's quick check says "valid" only where Bean Validation finds nothing: over the
 * contract's fuzz corpus for the citizen and need bodies, and over lines drawn at random from the
 * valid examples with values at and around every bound. It must also vouch for the valid examples,
 * or it would be correct by never answering.
 */
@ServerTest
@Tag(Tiers.NO_DATABASE)
class CertainlyValidTest {

    private static final Contract CONTRACT = Contract.load();
    private static final Map<String, Class<?>> BODIES = Map.of("importCitizens", CitizenDto.class,
            "createCitizen", CitizenDto.class, "updateCitizen", CitizenDto.class, "importNeeds", NeedDto.class,
            "createNeed", NeedDto.class, "updateNeed", NeedDto.class);
    private static final List<Object> NUMBERS = List.of(-1, 0, -0.0, 0.25, 0.5, 0.49999999999999994, 1, 1.5, 36.5,
            36.99999999999999, 37, 37.00000000000001, 37.5, 64, 90, 90.0000000001, 100, 101, 180, 200, 499.99, 500,
            500.00000000000006, 501, 2147483647, 1e308, -90, -180.00001, Math.nextUp(90.0), Math.nextDown(90.0),
            Math.nextUp(-90.0), Math.nextDown(-90.0), Math.nextUp(180.0), Math.nextDown(-180.0), Double.MIN_VALUE,
            -Double.MIN_VALUE, Math.nextUp(100.0), Math.nextDown(0.5), Math.nextUp(37.0));
    private static final int[] LENGTHS = {0, 1, 4, 8, 20, 21, 63, 64, 65, 99, 100, 101, 199, 200, 201, 1999, 2000,
            2001, 3999, 4000, 4001};
    private static final String[] CHARACTERS = {"a", "Z", "7", "-", ".", "/", "_", " ", "æ", "\u00e9", "\uD83D\uDE00",
            "+", "@", "\t"};

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    private final CertainlyValid check = new CertainlyValid();

    @Test
    void vouchesOnlyForBodiesTheValidatorAcceptsInTheFuzzCorpus() {
        Tally tally = new Tally();
        for (FuzzCase c : FuzzPlan.of(CONTRACT, 23, 20_000)) {
            Class<?> type = BODIES.get(c.operationId());
            if (type != null && c.body() != null) {
                tally.compare(read(c.body().replaceAll("@[A-Za-z:]+@", "ref-1").strip(), type));
            }
        }
        assertThat(tally.vouched).isPositive();
        assertThat(tally.invalid).isGreaterThan(100);
    }

    @Test
    void vouchesOnlyForRandomLinesTheValidatorAccepts() {
        Random random = new Random(28);
        Tally tally = new Tally();
        for (String operation : List.of("importCitizens", "importNeeds")) {
            // Without e-mail addresses: the check never vouches for one (the validator's rules are its own).
            Object example = withoutEmails(bind(FuzzPlan.example(CONTRACT, operation)));
            Object valid = read(Json.write(example), BODIES.get(operation));
            assertThat(check.test(valid)).as("the valid example of %s", operation).isTrue();
            for (int i = 0; i < 6_000; i++) {
                Object line = mutate(bind(example), random, 0.05 + random.nextDouble() * 0.3);
                tally.compare(read(Json.write(line), BODIES.get(operation)));
            }
        }
        assertThat(tally.vouched).isGreaterThan(100);
        assertThat(tally.invalid).isGreaterThan(1_000);
    }

    private final class Tally {
        int vouched;
        int invalid;

        void compare(Object dto) {
            if (dto == null) {
                return;
            }
            boolean valid = validator.validate(dto).isEmpty();
            if (check.test(dto)) {
                vouched++;
                assertThat(valid).as("vouched for %s", dto).isTrue();
            }
            if (!valid) {
                invalid++;
            }
        }
    }

    private Object read(String text, Class<?> type) {
        try {
            return json.readValue(text, type);
        } catch (Exception e) {
            return null;
        }
    }

    /** A copy of the example with the fuzz plan's tokens bound to valid values. */
    private static Object bind(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, bind(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(CertainlyValidTest::bind).toList());
        }
        return value instanceof String s ? s.replaceAll("@[A-Za-z:]+@", "ref-1") : value;
    }

    private static Object withoutEmails(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.remove("email");
            map.values().forEach(CertainlyValidTest::withoutEmails);
        } else if (value instanceof List<?> list) {
            list.forEach(CertainlyValidTest::withoutEmails);
        }
        return value;
    }

    /** The value with each part replaced, at the rate given, by one at or around some bound. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object value, Random random, double rate) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            object.replaceAll((k, v) -> mutate(v, random, rate));
            return object;
        }
        if (value instanceof List<?> list) {
            List<Object> array = (List<Object>) list;
            array.replaceAll(v -> mutate(v, random, rate));
            if (random.nextDouble() < rate) {
                int copies = random.nextInt(60);
                for (int i = 0; i < copies && !array.isEmpty(); i++) {
                    array.add(array.get(random.nextInt(array.size())));
                }
            }
            if (random.nextDouble() < rate / 4) {
                array.add(random.nextInt(array.size() + 1), null);
            }
            return array;
        }
        if (random.nextDouble() >= rate) {
            return value;
        }
        return switch (random.nextInt(4)) {
            case 0 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 1 -> null;
            default -> value instanceof String ? text(random) : NUMBERS.get(random.nextInt(NUMBERS.size()));
        };
    }

    private static String text(Random random) {
        int length = LENGTHS[random.nextInt(LENGTHS.length)] + random.nextInt(3) - 1;
        String pool = random.nextBoolean() ? "a" : CHARACTERS[random.nextInt(CHARACTERS.length)];
        StringBuilder text = new StringBuilder();
        while (text.length() < Math.max(0, length)) {
            text.append(random.nextInt(4) == 0 ? CHARACTERS[random.nextInt(CHARACTERS.length)] : pool);
        }
        return text.toString();
    }
}
