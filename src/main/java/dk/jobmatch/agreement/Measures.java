package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.BipIndicator;
import io.micronaut.core.annotation.Nullable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The first and the latest value of each measure over a course's follow-ups, by follow-up date
 * (WHO-5 well-being, GSE self-efficacy, each BIP indicator): what moved since the start. A measure
 * never recorded has neither; one recorded once has the same value as both.
 */
record Measures(Pair who5, Pair gse, Map<BipIndicator, Pair> bip) {

    record Pair(@Nullable Integer first, @Nullable Integer latest) {
    }

    Measures {
        bip = Collections.unmodifiableMap(new EnumMap<>(bip));
    }

    static Measures of(List<FollowUp> followUps) {
        List<FollowUp> sorted = followUps.stream().sorted(FollowUp.CHRONOLOGICAL).toList();
        Map<BipIndicator, Pair> bip = new EnumMap<>(BipIndicator.class);
        for (BipIndicator indicator : BipIndicator.values()) {
            Pair pair = pair(sorted, f -> f.bip().get(indicator));
            if (pair.first() != null) {
                bip.put(indicator, pair);
            }
        }
        return new Measures(pair(sorted, FollowUp::who5), pair(sorted, FollowUp::gse), bip);
    }

    private static Pair pair(List<FollowUp> sorted, Function<FollowUp, Integer> measure) {
        List<Integer> values = sorted.stream().map(measure).filter(Objects::nonNull).toList();
        return values.isEmpty() ? new Pair(null, null) : new Pair(values.getFirst(), values.getLast());
    }
}
