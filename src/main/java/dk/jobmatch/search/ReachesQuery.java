package dk.jobmatch.search;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
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
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                LeafReader reader = context.reader();
                if (reader.getFieldInfos().fieldInfo(field) == null) {
                    return null;
                }
                SortedNumericDocValues centres = DocValues.getSortedNumeric(reader, field);
                NumericDocValues radii = DocValues.getNumeric(reader, radiusField(field));
                TwoPhaseIterator reaches = new TwoPhaseIterator(centres) {
                    @Override
                    public boolean matches() throws IOException {
                        long encoded = centres.nextValue();
                        if (!radii.advanceExact(centres.docID())) {
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
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, reaches));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, field, radiusField(field));
            }
        };
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
