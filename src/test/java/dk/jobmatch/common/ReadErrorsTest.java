package dk.jobmatch.common;

import dk.jobmatch.api.model.AgreementUpdateDto;
import dk.jobmatch.api.model.CitizenDto;
import dk.jobmatch.api.model.FollowUpDto;
import dk.jobmatch.api.model.NeedDto;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An unreadable value is named by its full path in the JSON ({@code tasks[1].hourType}), not only by
 * the innermost property serde names ({@code hourType}), and a value of the wrong type by its path
 * too (serde names none). The generated models and serde's own mapper, without a server.
 */
class ReadErrorsTest {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final String TASK = "{\"title\":\"a\",\"hoursPerWeek\":2}";

    @Test
    void anUnknownCodeInsideAnArrayOfObjectsIsNamedWithItsIndexes() {
        String need = "{\"title\":\"t\",\"placementType\":\"AFKLARING\",\"hoursPerWeek\":{\"min\":1,\"max\":2},"
                + "\"tasks\":[" + TASK + ",{\"title\":\"b\",\"hoursPerWeek\":1,\"demands\":[\"DRIVING\",\"FLYING\"]}]}";
        assertThat(describe(need, NeedDto.class)).isEqualTo(new FieldViolation("tasks[1].demands[1]", "unknown code 'FLYING'"));

        String agreement = "{\"version\":1,\"startDate\":\"2026-12-01\",\"hoursPerWeek\":5,\"goals\":[],\"progression\":[],"
                + "\"followUp\":{\"cadenceDays\":14,\"nextDate\":\"2026-12-15\"},\"tasks\":[{\"taskId\":\"a\",\"title\":\"a\","
                + "\"hourType\":\"PRAKTIK\"},{\"taskId\":\"b\",\"title\":\"b\",\"hourType\":\"VIKARTIMER\"}]}";
        assertThat(describe(agreement, AgreementUpdateDto.class))
                .isEqualTo(new FieldViolation("tasks[1].hourType", "unknown code 'VIKARTIMER'"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() {
        String need = "{\"title\":\"t\",\"tasks\":[" + TASK + ",{\"title\":\"b\",\"hoursPerWeek\":\"x\"}]}";
        assertThat(describe(need, NeedDto.class)).isEqualTo(new FieldViolation("tasks[1].hoursPerWeek", "has the wrong type"));
        String citizen = "{\"externalRef\":\"r\",\"jobGoals\":[{\"priority\":\"A\",\"title\":\"x\"},{\"priority\":\"B\",\"title\":{}}]}";
        assertThat(describe(citizen, CitizenDto.class)).isEqualTo(new FieldViolation("jobGoals[1].title", "has the wrong type"));
        String followUp = "{\"date\":\"2026-12-01\",\"actualHoursPerWeek\":5,\"bip\":{\"ENERGY\":3,\"HEALTH\":\"høj\"}}";
        assertThat(describe(followUp, FollowUpDto.class)).isEqualTo(new FieldViolation("bip.HEALTH", "has the wrong type"));
    }

    @Test
    void withoutAPathTheBodyIsNamed() {
        assertThat(ReadErrors.locate(JSON, bytes("{\"title\":"), Argument.of(NeedDto.class))).isNull();
        assertThat(ReadErrors.locate(JSON, bytes("[1,2]"), Argument.of(NeedDto.class))).isNull();
        assertThat(ReadErrors.locate(JSON, bytes("{\"title\":\"t\"}"), Argument.of(NeedDto.class))).isNull();
        assertThat(describe("{\"title\":", NeedDto.class).field()).isEqualTo("body");
    }

    private static FieldViolation describe(String json, Class<?> type) {
        Throwable failure = catchThrowable(() -> JSON.readValue(json, type));
        assertThat(failure).as(json).isInstanceOf(IOException.class);
        return ReadErrors.describe(failure, JSON, bytes(json), Argument.of(type));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
