package dk.jobmatch.introduction;

import dk.jobmatch.common.TextLists;
import dk.jobmatch.vocabulary.DeclineReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/**
 * One citizen proposed by name to a need's employer, with the tasks and weekly hours proposed, and
 * once answered the employer's decision. {@code agreementId} is the draft made from it, if any.
 */
@MappedEntity(value = "introduction", escape = false)
record Introduction(@Id String id, String needId, String employerId, String citizenId, IntroductionStatus status,
                    String taskIds, double hoursPerWeek, @Nullable String note, String proposedBy,
                    Instant proposedAt, @Nullable DeclineReason reasonCode, @Nullable String answerComment,
                    @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable String agreementId) {

    List<String> tasks() {
        return TextLists.split(taskIds);
    }

    Introduction answered(IntroductionStatus decision, @Nullable DeclineReason reason, @Nullable String comment,
                          String by, Instant at) {
        return new Introduction(id, needId, employerId, citizenId, decision, taskIds, hoursPerWeek, note, proposedBy,
                proposedAt, reason, comment, by, at, agreementId);
    }
}
