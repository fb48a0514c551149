package dk.jobmatch.app;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The app and the docs are public files with their own caching and content policy; the API keeps its own. */
@ServerTest
class WebFilesApiTest extends ApiTestSupport {

    @Test
    void appAndDocsArePublicRevalidatedAndLoadScriptsOnlyFromThisOrigin() {
        for (String path : new String[] {"/app/", "/docs/"}) {
            Response page = api.anonymous().accept("text/html").get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
        }
        assertThat(api.anonymous().get("/docs/jobmatch.yaml").asString()).contains("operationId: matchCitizensForNeed");
        assertThat(api.anonymous().get("/app/js/main.js").contentType()).contains("javascript");
    }

    /**
     * Screens few callers open, or seldom (the administrators' vocabulary, a manager's results and
     * its charts): main.js fetches them with import() when first opened, after the login, so they
     * do not weigh on the first visit (ConsultantAppBrowserTest.theFirstVisitIsSmallOnTheWire).
     */
    private static final Set<String> ON_DEMAND = Set.of("/app/js/views/concepts.js", "/app/js/views/concept.js",
            "/app/js/views/results.js", "/app/js/charts.js");

    @Test
    void everyModuleOfTheAppIsPreloadedSoSlowLinksNeedFewRoundTripsButThoseLoadedOnDemand() throws java.io.IOException {
        String index = api.anonymous().get("/app/").asString();
        String main = api.anonymous().get("/app/js/main.js").asString();
        java.nio.file.Path js = java.nio.file.Path.of("src/main/resources/public/app/js");
        try (var files = java.nio.file.Files.walk(js)) {
            List<String> modules = files.filter(f -> f.toString().endsWith(".js") && !f.endsWith("main.js"))
                    .map(f -> "/app/js/" + js.relativize(f).toString().replace('\\', '/')).toList();
            assertThat(modules).isNotEmpty().containsAll(ON_DEMAND).allSatisfy(module -> {
                String preload = "<link rel=\"modulepreload\" href=\"" + module + "\">";
                if (ON_DEMAND.contains(module)) {
                    assertThat(index).doesNotContain(preload);
                    assertThat(main).doesNotContain("from '" + module.replace("/app/js/", "./") + "'");
                } else {
                    assertThat(index).contains(preload);
                }
            });
        }
        assertThat(main).contains("import('./views/concepts.js')", "import('./views/concept.js')",
                "import('./views/results.js')");
    }

    @Test
    void theRootOpensTheAppAndApiAnswersStayUncached() {
        Response root = api.anonymous().redirects().follow(false).get("/");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.header("Location")).isEqualTo("/app/");
        Response answer = api.as(consultant).get("/api/v1/vocabularies");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src");
    }

    @Test
    void missingFilesAndWritesToTheAppAreProblems() {
        api.anonymous().get("/app/nothing-here.js").then().statusCode(404).contentType("application/problem+json");
        api.anonymous().body("{}").post("/app/").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
