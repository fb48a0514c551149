package dk.jobmatch.demo;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo data set loads through the public API into a fresh service (the test's, at the small
 * size), and the outcome report then shows figures in the reports' bands (../shared/domain.md),
 * not suppressed; a second run finds the data there and adds nothing.
 */
@ServerTest
class DemoDataTest extends ApiTestSupport {

    @Test
    void loadsAMunicipalityYearOnceAndTheOutcomesLookLikeTheReports() {
        URI base = URI.create("http://localhost:" + port());
        DemoData.Summary summary = DemoData.load(base, DemoData.Size.SMALL, 2026, "consultant", "admin");
        System.out.println(summary);

        assertThat(summary.loaded()).isTrue();
        assertThat(summary.employers()).isEqualTo(DemoData.Size.SMALL.employers);
        assertThat(summary.citizens()).isEqualTo(DemoData.Size.SMALL.citizens);
        assertThat(summary.agreements()).isGreaterThanOrEqualTo(45);
        assertThat(summary.coursesSkipped()).isLessThanOrEqualTo(summary.agreements() / 10);
        assertThat(summary.introductions()).isGreaterThan(0);

        JsonPath outcomes = api.as(consultant).get("/api/v1/outcomes").then().statusCode(200).extract().jsonPath();
        outcomes.getList("figures", Map.class).stream().filter(f -> f.get("group") == null)
                .forEach(f -> System.out.println(f.get("figure") + " = " + f.get("value") + " / " + f.get("denominator")));

        assertThat(value(outcomes, "PLACEMENTS_STARTED")).isEqualTo(summary.agreements());
        assertThat(value(outcomes, "PLACEMENTS_HIRED") + value(outcomes, "PLACEMENTS_ORDINARY_HOURS"))
                .isEqualTo(summary.inWork());
        assertThat(value(outcomes, "PLACEMENTS_HIRED")).isGreaterThanOrEqualTo(5);
        // About four in ten endings in work, the rest stopped (the reports' completion rates).
        double ended = value(outcomes, "PLACEMENTS_ENDED");
        assertThat(summary.inWork() / ended).isBetween(0.25, 0.6);
        // 4-6 in 10 still employed after six months; three months higher, and never below six.
        double retention6 = value(outcomes, "RETENTION_6_MONTHS");
        assertThat(retention6).isBetween(0.35, 0.7);
        assertThat(value(outcomes, "RETENTION_3_MONTHS")).isBetween(retention6, 0.95);
        // Hours rise by about 40 % (57 -> 79 paid hours a month): the latest median above the start's.
        double hoursStart = value(outcomes, "HOURS_AT_START_MEDIAN");
        double hoursLatest = value(outcomes, "HOURS_LATEST_MEDIAN");
        assertThat(hoursStart).isBetween(5.0, 25.0);
        assertThat(hoursLatest / hoursStart).isBetween(1.1, 1.6);
        // WHO-5 47.2 at the start, about 8 points higher later (report 004).
        double who5First = value(outcomes, "WHO5_FIRST_MEAN");
        assertThat(who5First).isCloseTo(47.2, within(6.0));
        assertThat(value(outcomes, "WHO5_LATEST_MEAN") - who5First).isBetween(2.0, 14.0);
        // GSE 26.4 at the start, hardly moving.
        assertThat(value(outcomes, "GSE_FIRST_MEAN")).isCloseTo(26.4, within(2.5));

        DemoData.Summary again = DemoData.load(base, DemoData.Size.SMALL, 2026, "consultant", "admin");
        assertThat(again.loaded()).isFalse();
        assertThat(api.as(consultant).queryParam("size", 100).get("/api/v1/employers").then().statusCode(200)
                .extract().jsonPath().getList("items")).hasSize(DemoData.Size.SMALL.employers);
        JsonPath after = api.as(consultant).get("/api/v1/outcomes").then().statusCode(200).extract().jsonPath();
        assertThat(value(after, "PLACEMENTS_STARTED")).isEqualTo(summary.agreements());
    }

    /** The figure's whole-population value, which must not be suppressed. */
    private static double value(JsonPath outcomes, String figure) {
        List<Map<String, Object>> rows = outcomes.getList("figures.findAll { it.figure == '" + figure
                + "' && it.group == null }");
        assertThat(rows).as(figure).hasSize(1);
        assertThat(rows.getFirst().get("suppressed")).as(figure + " suppressed").isEqualTo(false);
        return ((Number) rows.getFirst().get("value")).doubleValue();
    }
}
