package dk.jobmatch.search;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The groups of a candidate query as one optional clause, scored per document from the terms its
 * fields keep as doc values ({@link IndexDocument.Text#termsKept}) instead of through each term's
 * postings: each group counts its weight when the document holds one of its words' terms, else its
 * related weight when it holds one of its related terms, and the document's score is the sum.
 * That is the score of the groups as optional constant-score clauses (a {@code
 * DisjunctionMaxQuery} of the two per group, summed by Lucene in double precision and rounded to
 * float once), bit for bit when {@link #exact} holds: the pool's groups are common words, so that
 * query visits every filtered document anyway, and looking a document's terms up costs less than
 * advancing hundreds of postings lists to it (issue 23, docs/performance.md).
 */
final class GroupScoresQuery extends Query {

    private static final String SUFFIX = "#terms";

    /**
     * One group: its words' and its related concepts' (field, term) pairs, as the clauses of the
     * postings form would hold them, and what each earns; a weight of 0 or less earns nothing.
     */
    record Group(List<Term> words, float weight, List<Term> related, float relatedWeight) {

        Group {
            words = List.copyOf(words);
            related = List.copyOf(related);
        }

        /** What the group can earn at best; 0 when neither half can match. */
        float best() {
            return Math.max(words.isEmpty() ? 0 : Math.max(0, weight), related.isEmpty() ? 0 : Math.max(0, relatedWeight));
        }
    }

    private final Query filter;
    private final List<Group> groups;

    /** The documents {@code filter} matches, each scored by the groups (0 when it holds none of their terms). */
    GroupScoresQuery(Query filter, List<Group> groups) {
        this.filter = filter;
        this.groups = List.copyOf(groups);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = filter.rewrite(searcher);
        return rewritten == filter ? this : new GroupScoresQuery(rewritten, groups);
    }

    /** The doc-values field that keeps the terms of the text field {@code field}. */
    static String termsField(String field) {
        return field + SUFFIX;
    }

    /**
     * Whether the sum in double precision is exact for any subset of the groups' weights, so the
     * order Lucene adds them in cannot matter: every weight is a multiple of the smallest one's
     * float spacing (powers of two), and the largest possible sum is below 2^52 of those.
     */
    static boolean exact(List<Group> groups) {
        double smallestUlp = Double.MAX_VALUE;
        double total = 0;
        for (Group group : groups) {
            for (float weight : new float[] {group.weight(), group.relatedWeight()}) {
                if (weight > 0) {
                    if (!Float.isFinite(weight) || weight < Float.MIN_NORMAL) {
                        return false;
                    }
                    smallestUlp = Math.min(smallestUlp, Math.ulp(weight));
                }
            }
            total += group.best();
        }
        return total == 0 || total / smallestUlp < 0x1p52;
    }

    /**
     * Whether every segment keeps the terms of each field the groups ask: a segment with a field's
     * postings but not its kept terms (an index written before they were kept) could not be scored
     * the same way.
     */
    static boolean kept(IndexReader reader, List<Group> groups) {
        List<String> fields = fields(groups);
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfos infos = leaf.reader().getFieldInfos();
            for (String field : fields) {
                if (infos.fieldInfo(field) != null && infos.fieldInfo(termsField(field)) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> fields(List<Group> groups) {
        return groups.stream().flatMap(g -> Stream.concat(g.words().stream(), g.related().stream()))
                .map(Term::field).distinct().toList();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // Codes: group * 2 for its words, group * 2 + 1 for its related terms; each with what it earns.
        float[] earns = new float[groups.size() * 2];
        Map<String, TreeMap<BytesRef, List<Integer>>> byField = new LinkedHashMap<>();
        double most = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            earns[2 * g] = group.weight() > 0 ? group.weight() * boost : 0;
            earns[2 * g + 1] = group.relatedWeight() > 0 ? group.relatedWeight() * boost : 0;
            add(byField, group.words(), 2 * g, earns);
            add(byField, group.related(), 2 * g + 1, earns);
            most += Math.max(earns[2 * g], earns[2 * g + 1]);
        }
        Weight filterWeight = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new GroupWeight(this, filterWeight, byField, earns, (float) most);
    }

    private static void add(Map<String, TreeMap<BytesRef, List<Integer>>> byField, List<Term> terms, int code,
                            float[] earns) {
        if (earns[code] <= 0) {
            return;
        }
        for (Term term : terms) {
            List<Integer> codes = byField.computeIfAbsent(term.field(), f -> new TreeMap<>())
                    .computeIfAbsent(term.bytes(), t -> new ArrayList<>(2));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
    }

    private static final class GroupWeight extends Weight {

        private final Weight filter;
        private final Map<String, TreeMap<BytesRef, List<Integer>>> byField;
        private final float[] earns;
        private final float most;

        GroupWeight(Query query, Weight filter, Map<String, TreeMap<BytesRef, List<Integer>>> byField, float[] earns,
                    float most) {
            super(query);
            this.filter = filter;
            this.byField = byField;
            this.earns = earns;
            this.most = most;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier filtered = filter.scorerSupplier(context);
            if (filtered == null) {
                return null;
            }
            List<FieldTerms> fields = new ArrayList<>();
            for (Map.Entry<String, TreeMap<BytesRef, List<Integer>>> field : byField.entrySet()) {
                FieldTerms found = FieldTerms.of(context.reader(), field.getKey(), field.getValue());
                if (found != null) {
                    fields.add(found);
                }
            }
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new GroupScorer(filtered.get(leadCost), fields.toArray(FieldTerms[]::new), earns, most);
                }

                @Override
                public long cost() {
                    return filtered.cost();
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Scorer scorer = scorer(context);
            if (scorer != null && scorer.iterator().advance(doc) == doc) { // iterator(): matches only
                return Explanation.match(scorer.score(), "the weights of the groups whose terms the document keeps");
            }
            return Explanation.noMatch("not a candidate");
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false; // a scoring query: the query cache keeps filters only (the filter's own clauses)
        }
    }

    /**
     * One field's kept terms in one segment, and which of them the groups ask: their ordinals
     * sorted, and per ordinal the codes it earns.
     */
    private record FieldTerms(SortedSetDocValues values, FixedBitSet wanted, long[] ords, int[] from, int[] codes) {

        static FieldTerms of(LeafReader reader, String field, TreeMap<BytesRef, List<Integer>> terms)
                throws IOException {
            SortedSetDocValues values = reader.getSortedSetDocValues(termsField(field));
            if (values == null) {
                return null;
            }
            // In the terms' order, so the dictionary is read forwards.
            TermsEnum dictionary = values.termsEnum();
            long[] ords = new long[terms.size()];
            int[] from = new int[terms.size() + 1];
            List<Integer> codes = new ArrayList<>();
            int found = 0;
            for (Map.Entry<BytesRef, List<Integer>> term : terms.entrySet()) {
                if (dictionary.seekExact(term.getKey())) {
                    ords[found] = dictionary.ord();
                    codes.addAll(term.getValue());
                    from[++found] = codes.size();
                }
            }
            if (found == 0) {
                return null;
            }
            FixedBitSet wanted = new FixedBitSet(Math.toIntExact(values.getValueCount()));
            for (int i = 0; i < found; i++) {
                wanted.set((int) ords[i]);
            }
            return new FieldTerms(values, wanted, Arrays.copyOf(ords, found), Arrays.copyOf(from, found + 1),
                    codes.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The filter's documents, each scored on demand. */
    private static final class GroupScorer extends Scorer {

        private final Scorer filter;
        private final FieldTerms[] fields;
        private final float[] earns;
        private final float most;
        /** Per group, the best it earns in the current document; 0 between documents. */
        private final float[] best;
        private final int[] touched;
        private int scoredDoc = -1;
        private float score;

        GroupScorer(Scorer filter, FieldTerms[] fields, float[] earns, float most) {
            this.filter = filter;
            this.fields = fields;
            this.earns = earns;
            this.most = most;
            this.best = new float[earns.length / 2];
            this.touched = new int[best.length];
        }

        @Override
        public int docID() {
            return filter.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return filter.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return filter.twoPhaseIterator();
        }

        @Override
        public float getMaxScore(int upTo) {
            return most;
        }

        @Override
        public float score() throws IOException {
            int doc = filter.docID();
            if (doc == scoredDoc) {
                return score;
            }
            int groupsHit = 0;
            for (FieldTerms field : fields) {
                SortedSetDocValues values = field.values();
                if (values.docID() > doc || !values.advanceExact(doc)) {
                    continue;
                }
                long[] ords = field.ords();
                long last = ords[ords.length - 1];
                for (int i = 0, n = values.docValueCount(); i < n; i++) {
                    long ord = values.nextOrd(); // ascending
                    if (ord > last) {
                        break;
                    }
                    if (!field.wanted().get((int) ord)) {
                        continue;
                    }
                    int at = Arrays.binarySearch(ords, ord);
                    for (int c = field.from()[at], end = field.from()[at + 1]; c < end; c++) {
                        int code = field.codes()[c];
                        int group = code >>> 1;
                        float earned = earns[code];
                        if (earned > best[group]) {
                            if (best[group] == 0) {
                                touched[groupsHit++] = group;
                            }
                            best[group] = earned;
                        }
                    }
                }
            }
            // As Lucene sums optional clauses: in double, rounded to float once (exact in any order, see exact()).
            double sum = 0;
            for (int i = 0; i < groupsHit; i++) {
                sum += best[touched[i]];
                best[touched[i]] = 0;
            }
            scoredDoc = doc;
            score = (float) sum;
            return score;
        }
    }

    @Override
    public String toString(String field) {
        return "GroupScores(" + filter.toString(field) + ", " + groups.size() + " groups)";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        filter.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && filter.equals(((GroupScoresQuery) other).filter)
                && groups.equals(((GroupScoresQuery) other).groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), filter, groups);
    }
}
