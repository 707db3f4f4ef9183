package org.khumkha.bench;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How far two rankings agree at the top: |top-k(a) ∩ top-k(b)| / k, each top-k taken by descending score with ties
 * broken by ascending key (so the measure is deterministic). With fewer than k items, k is the number of items.
 */
public final class TopKOverlap {
    private TopKOverlap() {}

    public static <K extends Comparable<K>> double of(Map<K, Double> a, Map<K, Double> b, int k) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int n = Math.min(k, Math.min(a.size(), b.size()));
        if (n == 0) {
            return 1.0;
        }
        Set<K> top = new HashSet<>(top(a, n));
        long shared = top(b, n).stream().filter(top::contains).count();
        return (double) shared / n;
    }

    static <K extends Comparable<K>> List<K> top(Map<K, Double> scores, int k) {
        return scores.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<K, Double> e) -> e.getValue()).reversed().thenComparing(Map.Entry::getKey))
                .limit(k).map(Map.Entry::getKey).toList();
    }
}
