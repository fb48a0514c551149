package dk.jobmatch.search;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitUtil;

import java.util.List;

/**
 * Geo fields and their filters. A document without a location (or without a travel limit) passes
 * every geo filter: it carries an explicit "absent" marker term (see {@link IndexDocument.Unlocated}),
 * so "or unknown" is a term lookup, not a scan. Filters are a little generous (a distance margin)
 * so that the exact check in Java decides borderline cases.
 *
 * <p>A travel area (a circle with its own radius per document) is indexed as its centre and radius
 * in doc values and filtered by {@link ReachesQuery}: polygons per document were slow to index and
 * to query, and distance queries per radius band cost more to set up than to run. The centre and
 * radius are points too, so the filter first narrows to the centres within the index's largest
 * radius (the exact check for every citizen in the country was a sixth of a match at 100 000).
 */
final class GeoFields {

    /** Every document's place on a Z-order curve, the index's sort (see {@link #indexSort}). */
    static final String PLACE = "_place";
    /** The place of a document without a location: after every located one. */
    static final long NOWHERE = Long.MAX_VALUE;
    static final String PRESENT = "1";
    static final String ABSENT = "0";
    private static final double MARGIN_KM = 0.5;

    private GeoFields() {
    }

    static String presence(String field) {
        return field + "#present";
    }

    /**
     * The index's order: by place, so the documents a travel area or a distance lets through lie
     * close together in document order, and a filtered query skips whole blocks of each term's
     * postings between them instead of decoding all of them (issue 23).
     */
    static Sort indexSort() {
        return new Sort(new SortField(PLACE, SortField.Type.LONG));
    }

    /**
     * A document's place as a Z-order (Morton) code: the bits of its encoded latitude and longitude
     * interleaved, so points near each other mostly have codes near each other. Each coordinate's
     * sign bit is flipped so the codes order as the coordinates do; the lowest bit is dropped so
     * every code is non-negative and under {@link #NOWHERE}.
     */
    static long place(double lat, double lon) {
        int latBits = GeoEncodingUtils.encodeLatitude(lat) ^ Integer.MIN_VALUE;
        int lonBits = GeoEncodingUtils.encodeLongitude(lon) ^ Integer.MIN_VALUE;
        return BitUtil.interleave(lonBits, latBits) >>> 1;
    }

    static List<IndexableField> point(IndexDocument.GeoPoint point) {
        return List.of(new LatLonPoint(point.name(), point.lat(), point.lon()),
                new LatLonDocValuesField(point.name(), point.lat(), point.lon()),
                new StringField(presence(point.name()), PRESENT, Store.NO));
    }

    static List<IndexableField> area(IndexDocument.Area area) {
        long radius = ReachesQuery.encodeRadius(area.radiusKm());
        return List.of(new LatLonDocValuesField(area.name(), area.lat(), area.lon()),
                new LatLonPoint(area.name(), area.lat(), area.lon()),
                new NumericDocValuesField(ReachesQuery.radiusField(area.name()), radius),
                new LongPoint(ReachesQuery.radiusField(area.name()), radius),
                new StringField(presence(area.name()), PRESENT, Store.NO));
    }

    static List<IndexableField> unlocated(String field) {
        return List.of(new StringField(presence(field), ABSENT, Store.NO));
    }

    static Query within(Criterion.WithinKm criterion) {
        Query near = LatLonPoint.newDistanceQuery(criterion.field(), criterion.lat(), criterion.lon(),
                (criterion.km() + MARGIN_KM) * 1000);
        return orMissing(near, criterion.field());
    }

    static Query reaches(Criterion.Reaches criterion) {
        return orMissing(new ReachesQuery(criterion.field(), criterion.lat(), criterion.lon(), MARGIN_KM * 1000),
                criterion.field());
    }

    private static Query orMissing(Query query, String field) {
        return new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(new TermQuery(new Term(presence(field), ABSENT)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
