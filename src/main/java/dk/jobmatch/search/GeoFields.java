package dk.jobmatch.search;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LatLonShape;
import org.apache.lucene.document.ShapeField;
import org.apache.lucene.geo.Polygon;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.Optional;

/**
 * Geo fields and their filters. A document without a location (or without a travel limit) passes
 * every geo filter: the distance rule only applies when both sides are known. Filters are made a
 * little generous (a circumscribed polygon, a small distance margin) so that the exact check in
 * Java, not the index's quantisation, decides borderline cases.
 */
final class GeoFields {

    static final String PRESENT = "1";
    private static final int VERTICES = 32;
    private static final double EARTH_RADIUS_KM = 6371.0087714;
    private static final double MARGIN_KM = 0.5;

    private GeoFields() {
    }

    static String presence(String field) {
        return field + "#present";
    }

    /** A polygon enclosing the circle, or empty where a polygon cannot be indexed (poles, dateline). */
    static Optional<Polygon> circle(IndexDocument.Area area) {
        double radius = (area.radiusKm() + MARGIN_KM) / Math.cos(Math.PI / VERTICES);
        double angular = radius / EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(area.lat());
        double lon1 = Math.toRadians(area.lon());
        double[] lats = new double[VERTICES + 1];
        double[] lons = new double[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            // Counter-clockwise from north; the destination-point formula on a sphere.
            double bearing = -2 * Math.PI * i / VERTICES;
            double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular)
                    + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
            double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                    Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
            lats[i] = Math.toDegrees(lat2);
            lons[i] = Math.toDegrees(lon2);
            if (Math.abs(lats[i]) > 89 || Math.abs(lons[i]) > 180 || angular > Math.PI / 4) {
                return Optional.empty();
            }
        }
        lats[VERTICES] = lats[0];
        lons[VERTICES] = lons[0];
        try {
            return Optional.of(new Polygon(lats, lons));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Query within(Criterion.WithinKm criterion) {
        Query near = LatLonPoint.newDistanceQuery(criterion.field(), criterion.lat(), criterion.lon(),
                (criterion.km() + MARGIN_KM) * 1000);
        return orMissing(near, criterion.field());
    }

    static Query reaches(Criterion.Reaches criterion) {
        Query contains = LatLonShape.newPointQuery(criterion.field(), ShapeField.QueryRelation.INTERSECTS,
                new double[] {criterion.lat(), criterion.lon()});
        return orMissing(contains, criterion.field());
    }

    private static Query orMissing(Query query, String field) {
        Query missing = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(presence(field), PRESENT)), Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(missing, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
