package dk.jobmatch.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COPY's text format as BulkRows writes it: a value holding the separators (tab, newline) or the
 * escape character arrives as written, null is \N and not the text "null". The round trip through
 * PostgreSQL is covered by the import API tests on PostgreSQL.
 */
class BulkRowsTest {

    private static String copy(Object value) {
        StringBuilder text = new StringBuilder();
        BulkRows.appendCopyValue(text, value);
        return text.toString();
    }

    @Test
    void separatorsAndBackslashesAreEscapedAndNullIsMarked() {
        assertThat(copy("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e");
        assertThat(copy("\\N")).isEqualTo("\\\\N");
        assertThat(copy(null)).isEqualTo("\\N");
        assertThat(copy("null")).isEqualTo("null");
    }

    @Test
    void numbersBooleansAndInstantsAreWrittenAsPostgresqlReadsThem() {
        assertThat(copy(7.5)).isEqualTo("7.5");
        assertThat(copy(42)).isEqualTo("42");
        assertThat(copy(true)).isEqualTo("t");
        assertThat(copy(false)).isEqualTo("f");
        assertThat(copy(Instant.parse("2026-11-27T17:30:00.123456Z"))).isEqualTo("2026-11-27T17:30:00.123456Z");
    }
}
