package dk.jobmatch.vocabulary;

import dk.jobmatch.api.VocabulariesApi;
import dk.jobmatch.api.model.VocabulariesDto;
import dk.jobmatch.api.model.VocabularyEntryDto;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Arrays;
import java.util.List;

/** The code lists with the same Danish words the explanations and documents use. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class VocabularyController implements VocabulariesApi {

    private static final VocabulariesDto ALL = new VocabulariesDto(entries(TaskDemand.values()), entries(TimeSlot.values()),
            entries(Accommodation.values()), entries(Flexibility.values()), entries(Qualification.values()),
            entries(PlacementType.values()), entries(TargetGroup.values()), entries(CompanySize.values()),
            entries(HourType.values()), entries(EndReason.values()), entries(FollowUpFormat.values()),
            entries(BipIndicator.values()), entries(AttentionFlag.values()));

    static {
        ALL.setDeclineReasons(entries(DeclineReason.values()));
    }

    @Override
    public VocabulariesDto getVocabularies() {
        return ALL;
    }

    private static List<VocabularyEntryDto> entries(Enum<?>[] codes) {
        return Arrays.stream(codes).map(code -> new VocabularyEntryDto(code.name(), Danish.label(code))).toList();
    }
}
