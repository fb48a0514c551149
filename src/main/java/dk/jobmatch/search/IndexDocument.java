package dk.jobmatch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search-engine-neutral description of what to index for one entity. Feature packages build
 * these; only this package turns them into Lucene documents.
 */
public record IndexDocument(String type, String id, List<Field> fields) {

    public IndexDocument {
        fields = List.copyOf(fields);
    }

    public static Builder builder(String type, String id) {
        return new Builder(type, id);
    }

    /** The kinds of field the search package knows how to index. */
    public sealed interface Field permits Text, Lines, Keyword, SortableLong, NumberRange, GeoPoint, Area, Unlocated, Weight {
        String name();
    }

    /** Danish free text: tokenized, compounds split, stemmed. */
    public record Text(String name, String value) implements Field {
    }

    /**
     * Danish free text written as separate lines (a profile's phrases, then its free text), indexed
     * as {@link Text} is: as the lines joined by line breaks, each line analysed on its own. A line
     * break ends a phrase, so no label or synonym is read across two lines; and a line that recurs
     * (a competence many profiles name) is analysed once.
     */
    public record Lines(String name, List<String> lines) implements Field {

        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** An exact code used for filtering. */
    public record Keyword(String name, String value) implements Field {
    }

    /** A number used for sorting, e.g. creation time in epoch millis. */
    public record SortableLong(String name, long value) implements Field {
    }

    /** An inclusive range of numbers, e.g. hours per week, for overlap and containment filters. */
    public record NumberRange(String name, double min, double max) implements Field {
    }

    /** A point on the map, for distance filters and sorting. */
    public record GeoPoint(String name, double lat, double lon) implements Field {
    }

    /** A circle on the map (e.g. how far someone can travel), for "does it reach here" filters. */
    public record Area(String name, double lat, double lon, double radiusKm) implements Field {
    }

    /**
     * A number a document's ranking may be scaled by ({@link CandidateQuery.Group#scaledBy}): e.g.
     * one over how much a need asks for, so that what a candidate covers counts as a share of it.
     */
    public record Weight(String name, float value) implements Field {
    }

    /**
     * A geo field without a value (no location, no travel limit). Indexed as an explicit marker so
     * that "or unknown" geo filters are a term lookup rather than a scan of every document.
     */
    public record Unlocated(String name) implements Field {
    }

    public static final class Builder {
        private final String type;
        private final String id;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String type, String id) {
            this.type = type;
            this.id = id;
        }

        public Builder text(String name, String value) {
            if (value != null && !value.isBlank()) {
                fields.add(new Text(name, value));
            }
            return this;
        }

        /** The non-blank lines as one field; nothing when none is left. */
        public Builder lines(String name, List<String> lines) {
            List<String> written = lines.stream().filter(line -> line != null && !line.isBlank()).toList();
            if (!written.isEmpty()) {
                fields.add(new Lines(name, written));
            }
            return this;
        }

        public Builder keyword(String name, Object value) {
            if (value != null) {
                fields.add(new Keyword(name, value.toString()));
            }
            return this;
        }

        public Builder keywords(String name, Iterable<?> values) {
            values.forEach(v -> keyword(name, v));
            return this;
        }

        public Builder sortableLong(String name, long value) {
            fields.add(new SortableLong(name, value));
            return this;
        }

        public Builder range(String name, double min, double max) {
            fields.add(new NumberRange(name, min, max));
            return this;
        }

        public Builder weight(String name, double value) {
            fields.add(new Weight(name, (float) value));
            return this;
        }

        public Builder geoPoint(String name, Double lat, Double lon) {
            fields.add(lat != null && lon != null ? new GeoPoint(name, lat, lon) : new Unlocated(name));
            return this;
        }

        public Builder area(String name, Double lat, Double lon, Double radiusKm) {
            fields.add(lat != null && lon != null && radiusKm != null
                    ? new Area(name, lat, lon, radiusKm) : new Unlocated(name));
            return this;
        }

        public IndexDocument build() {
            return new IndexDocument(type, id, fields);
        }
    }
}
