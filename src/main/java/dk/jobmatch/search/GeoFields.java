package dk.jobmatch.search;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Geo fields and their filters. A document without a location (or without a travel limit) passes
 * every geo filter: it carries an explicit "absent" marker term (see {@link IndexDocument.Unlocated}),
 * so "or unknown" is a term lookup, not a scan. Filters are a little generous (a distance margin,
 * travel limits rounded up to a band) so that the exact check in Java decides borderline cases.
 *
 * <p>"Does the citizen's travel area reach this workplace" is asked of many circles with different
 * radii. Rather than indexing each circle as a polygon (slow to index and to query), the centre is
 * indexed as a point in the field of its radius band; the query asks each band for centres within
 * that band's radius of the workplace. Every filter can also be checked per document from doc
 * values, so Lucene chooses whichever is cheaper for the query at hand.
 */
final class GeoFields {

    static final String PRESENT = "1";
    static final String ABSENT = "0";
    /** Upper limits of the travel bands in km; a limit above the last is treated as unlimited. */
    private static final double[] BANDS_KM = {1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80,
            100, 125, 150, 200, 300, 500};
    private static final double MARGIN_KM = 0.5;

    private GeoFields() {
    }

    static String presence(String field) {
        return field + "#present";
    }

    private static String band(String field, double km) {
        return field + "#within" + (int) km;
    }

    static List<IndexableField> point(IndexDocument.GeoPoint point) {
        return List.of(new LatLonPoint(point.name(), point.lat(), point.lon()),
                new LatLonDocValuesField(point.name(), point.lat(), point.lon()),
                new StringField(presence(point.name()), PRESENT, org.apache.lucene.document.Field.Store.NO));
    }

    static List<IndexableField> area(IndexDocument.Area area) {
        List<IndexableField> fields = new ArrayList<>(3);
        for (double km : BANDS_KM) {
            if (area.radiusKm() <= km) {
                String field = band(area.name(), km);
                fields.add(new LatLonPoint(field, area.lat(), area.lon()));
                fields.add(new LatLonDocValuesField(field, area.lat(), area.lon()));
                fields.add(new StringField(presence(area.name()), PRESENT, org.apache.lucene.document.Field.Store.NO));
                return fields;
            }
        }
        return unlocated(area.name());
    }

    static List<IndexableField> unlocated(String field) {
        return List.of(new StringField(presence(field), ABSENT, org.apache.lucene.document.Field.Store.NO));
    }

    static Query within(Criterion.WithinKm criterion) {
        return orMissing(near(criterion.field(), criterion.lat(), criterion.lon(), criterion.km()), criterion.field());
    }

    static Query reaches(Criterion.Reaches criterion) {
        BooleanQuery.Builder anyBand = new BooleanQuery.Builder();
        for (double km : BANDS_KM) {
            anyBand.add(near(band(criterion.field(), km), criterion.lat(), criterion.lon(), km), Occur.SHOULD);
        }
        anyBand.add(new TermQuery(new Term(presence(criterion.field()), ABSENT)), Occur.SHOULD);
        return anyBand.build();
    }

    private static Query near(String field, double lat, double lon, double km) {
        double meters = (km + MARGIN_KM) * 1000;
        return new IndexOrDocValuesQuery(LatLonPoint.newDistanceQuery(field, lat, lon, meters),
                LatLonDocValuesField.newSlowDistanceQuery(field, lat, lon, meters));
    }

    private static Query orMissing(Query query, String field) {
        return new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(new TermQuery(new Term(presence(field), ABSENT)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
