package dk.jobmatch.search;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;
import java.util.Objects;

/**
 * Documents whose circle (a centre and a radius, both in doc values) contains a point: "can this
 * citizen travel to this workplace". Each document has its own radius, which the point and shape
 * queries cannot express without a polygon per document; here the check is one distance per
 * candidate, done only for documents the other filters already let through (two-phase), and the
 * query costs nothing to set up.
 */
final class ReachesQuery extends Query {

    private final String field;
    private final double lat;
    private final double lon;
    private final double marginMeters;
    /** Half the earth's circumference: a larger radius reaches everywhere (and Lucene refuses it). */
    private static final double MAX_METERS = Math.PI * 6_371_008.7714;

    ReachesQuery(String field, double lat, double lon, double marginMeters) {
        this.field = field;
        this.lat = lat;
        this.lon = lon;
        this.marginMeters = marginMeters;
    }

    static String radiusField(String field) {
        return field + "#radiusKm";
    }

    static long encodeRadius(double km) {
        return NumericUtils.doubleToSortableLong(km);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight near = nearEnough(searcher);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                LeafReader reader = context.reader();
                if (reader.getFieldInfos().fieldInfo(field) == null) {
                    return null;
                }
                SortedNumericDocValues centres = DocValues.getSortedNumeric(reader, field);
                NumericDocValues radii = DocValues.getNumeric(reader, radiusField(field));
                ScorerSupplier around = near == null ? null : near.scorerSupplier(context);
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        // As IndexOrDocValuesQuery decides: the points only when the circles' bound
                        // is not far costlier than what leads the conjunction.
                        boolean byPoints = around != null && around.cost() <= 8 * leadCost;
                        DocIdSetIterator approximation = byPoints ? around.get(leadCost).iterator() : centres;
                        return new ConstantScoreScorer(score, scoreMode,
                                new Reaches(approximation, byPoints, centres, radii));
                    }

                    @Override
                    public long cost() {
                        return around == null ? centres.cost() : Math.min(around.cost(), centres.cost());
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, field, radiusField(field));
            }
        };
    }

    /**
     * The documents whose centre lies within the largest radius in the index of the point, from
     * the centres' points: a bound a filter can iterate cheaply, so the exact check (two doc-values
     * reads and a distance) runs for the citizens near enough to possibly reach the point and not for
     * every one. Null when no radius is indexed as a point.
     */
    private Weight nearEnough(IndexSearcher searcher) throws IOException {
        long largest = Long.MIN_VALUE;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PointValues radii = leaf.reader().getPointValues(radiusField(field));
            if (radii != null) {
                largest = Math.max(largest, LongPoint.decodeDimension(radii.getMaxPackedValue(), 0));
            }
        }
        if (largest == Long.MIN_VALUE) {
            return null;
        }
        double meters = Math.min(NumericUtils.sortableLongToDouble(largest) * 1000 + marginMeters, MAX_METERS);
        Query near = LatLonPoint.newDistanceQuery(field, lat, lon, meters);
        return searcher.createWeight(searcher.rewrite(near), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    /** Each candidate's own circle checked against the point. */
    private final class Reaches extends TwoPhaseIterator {

        /** False when {@code centres} is the approximation itself, and so already on the document. */
        private final boolean positionCentres;
        private final SortedNumericDocValues centres;
        private final NumericDocValues radii;

        Reaches(DocIdSetIterator approximation, boolean positionCentres, SortedNumericDocValues centres,
                NumericDocValues radii) {
            super(approximation);
            this.positionCentres = positionCentres;
            this.centres = centres;
            this.radii = radii;
        }

        @Override
        public boolean matches() throws IOException {
            int doc = approximation.docID();
            if (positionCentres && !centres.advanceExact(doc)) {
                return false;
            }
            long encoded = centres.nextValue();
            if (!radii.advanceExact(doc)) {
                return false;
            }
            double km = NumericUtils.sortableLongToDouble(radii.longValue());
            double centreLat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
            double centreLon = GeoEncodingUtils.decodeLongitude((int) encoded);
            return SloppyMath.haversinMeters(centreLat, centreLon, lat, lon) <= km * 1000 + marginMeters;
        }

        @Override
        public float matchCost() {
            return 60; // two doc-values reads and a haversine
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return field + " reaches (" + lat + "," + lon + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof ReachesQuery that && field.equals(that.field)
                && lat == that.lat && lon == that.lon && marginMeters == that.marginMeters;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, lat, lon, marginMeters);
    }
}
