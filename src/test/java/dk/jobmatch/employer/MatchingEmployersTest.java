package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employers a citizen's matches weigh, kept between requests: what matching reads is there,
 * what changes (owner, contact dates) and the contact person are not, so a kept copy cannot show
 * them stale.
 */
@ServerTest
class MatchingEmployersTest extends ApiTestSupport {

    @Inject
    EmployerService employers;

    @Test
    void aKeptCopyHasWhatMatchingReadsAndNothingThatChanges() {
        String id = api.createEmployer(consultant, "Kopi ApS", TestData.randomCvr());
        Map<String, Employer> first = employers.findForMatching(List.of(id, id, "no-such-employer"));
        assertThat(first).containsOnlyKeys(id);
        Employer copy = first.get(id);
        assertThat(copy.name()).isEqualTo("Kopi ApS");
        assertThat(copy.place().postcode()).isEqualTo("9900");
        assertThat(copy.place().lat()).isEqualTo(57.441);
        assertThat(copy.companySize()).isNotNull();
        assertThat(copy.workCulture()).isEqualTo("Lille hold, fast makker, rolig formiddag");
        assertThat(copy.contactName()).isNull();
        assertThat(copy.contactEmail()).isNull();
        assertThat(copy.ownerUsername()).isNull();
        // Stored, the employer has its owner and contact person: the copy leaves them out.
        assertThat(employers.find(id).orElseThrow().ownerUsername()).isEqualTo("consultant");
        assertThat(employers.find(id).orElseThrow().contactName()).isEqualTo("Lars Jensen");

        api.as(consultant).body(Map.of("date", "2026-11-02", "format", "PHONE", "nextContactDate", "2026-11-20"))
                .post("/api/v1/employers/" + id + "/contacts").then().statusCode(201);
        Employer again = employers.findForMatching(List.of(id)).get(id);
        assertThat(again).isSameAs(copy);
        assertThat(again.nextContactDate()).isNull();
        assertThat(employers.find(id).orElseThrow().nextContactDate()).hasToString("2026-11-20");
    }
}
