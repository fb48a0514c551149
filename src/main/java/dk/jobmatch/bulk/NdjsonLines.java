package dk.jobmatch.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an NDJSON body line by line without holding more than one line. A line longer than the
 * limit is skipped up to its end and reported, so one runaway line cannot exhaust memory.
 */
final class NdjsonLines {

    /** A line as read: its text, or a note that it was too long (text then null). */
    record Raw(long number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;

    NdjsonLines(InputStream body, int maxChars) {
        this.reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        this.maxChars = maxChars;
    }

    /** The next non-blank line, or null at the end of the body. */
    Raw next() {
        while (true) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            boolean any = false;
            int c;
            while ((c = read()) >= 0 && c != '\n') {
                any = true;
                if (line.length() < maxChars) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c < 0 && !any) {
                return null;
            }
            number++;
            String text = line.toString().strip();
            if (!text.isEmpty() || tooLong) {
                return new Raw(number, tooLong ? null : text, tooLong);
            }
        }
    }

    private int read() {
        if (position == limit) {
            try {
                limit = reader.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
