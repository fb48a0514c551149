package dk.jobmatch.support;

/**
 * The JUnit tags that split the suite into tiers. A test class without any of them is pure: no
 * server, no database, no browser, and {@code ./jobmatch check} runs it in seconds.
 */
public final class Tiers {

    /** Starts a Micronaut context (and usually the HTTP server and a database); see {@link ServerTest}. */
    public static final String SERVER = "server";
    /** Drives the consultants' app in headless Chromium (also {@link #SERVER}). */
    public static final String BROWSER = "browser";
    /** Ranking quality on the labelled set (also {@link #SERVER}); the same on either database. */
    public static final String QUALITY = "quality";
    /**
     * Starts a context only for its beans (the validator, the JSON mapper) and reads or writes no
     * table (also {@link #SERVER}): the same on either database, so the PostgreSQL run leaves it out.
     */
    public static final String NO_DATABASE = "no-database";
    /** The benchmark harness at 1 000 citizens in every run (also {@link #SERVER}); H2 files of its own. */
    public static final String BENCHMARK_SMOKE = "benchmark-smoke";
    /** The full benchmark, {@code ./jobmatch bench} only: the build excludes it by default (also {@link #SERVER}). */
    public static final String BENCHMARK = "benchmark";

    private Tiers() {
    }
}
