package dk.jobmatch.match;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Graded-relevance ranking metrics (nDCG with 2^g - 1 gains, MRR over grade >= 2). */
final class RankingMetrics {

    static final int K = 10;
    static final int RELEVANT_GRADE = 2;

    private RankingMetrics() {
    }

    static double ndcgAtK(List<String> ranking, Map<String, Integer> grades) {
        double dcg = dcg(ranking.stream().limit(K).map(id -> grades.getOrDefault(id, 0)).toList());
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).limit(K).toList());
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** The mean nDCG@K of {@code ranker}'s rankings over the queries with at least one relevant judgement. */
    static double meanNdcg(Map<String, Map<String, Integer>> judgements, Function<String, List<String>> ranker) {
        return judgements.entrySet().stream().filter(e -> e.getValue().values().stream().anyMatch(g -> g > 0))
                .mapToDouble(e -> ndcgAtK(ranker.apply(e.getKey()), e.getValue())).average().orElse(0);
    }

    static double reciprocalRank(List<String> ranking, Map<String, Integer> grades) {
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= RELEVANT_GRADE) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInOrder.size(); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
