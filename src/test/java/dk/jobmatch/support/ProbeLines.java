package dk.jobmatch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary probes' files (UTF-8, TAB-separated, lines starting with # and blank lines
 * ignored): each line's number and its columns, stripped, failing on a line with another count.
 */
public final class ProbeLines {

    /** One line of a probe: its number in the file and its columns. */
    public record Line(int number, List<String> columns) {

        public String column(int index) {
            return columns.get(index);
        }
    }

    private ProbeLines() {
    }

    /** The lines of {@code resource} on the classpath, each of {@code count} columns named in {@code names}. */
    public static List<Line> read(String resource, int count, String names) {
        try (InputStream in = ProbeLines.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String[] text = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < text.length; i++) {
                String line = text[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = text[i].split("\t", -1);
                assertThat(columns).as("%s line %d: %s", resource, i + 1, names).hasSize(count);
                lines.add(new Line(i + 1, Arrays.stream(columns).map(String::strip).toList()));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
