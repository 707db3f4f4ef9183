package org.khumkha.scoring;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to score: the below-level-1 policy, which rubric scores 3.1 (null: the one the store holds), and where
 * progress lines go.
 */
public record ScoringOptions(BelowLevelOne belowLevelOne, String rubricIri, Consumer<String> progress) {
    public static final ScoringOptions DEFAULTS = new ScoringOptions(BelowLevelOne.DEFAULT, null, line -> { });

    public ScoringOptions {
        Objects.requireNonNull(belowLevelOne, "belowLevelOne");
        Objects.requireNonNull(progress, "progress");
    }

    public ScoringOptions withBelowLevelOne(BelowLevelOne policy) {
        return new ScoringOptions(policy, rubricIri, progress);
    }

    public ScoringOptions withRubric(String iri) {
        return new ScoringOptions(belowLevelOne, iri, progress);
    }

    public ScoringOptions withProgress(Consumer<String> sink) {
        return new ScoringOptions(belowLevelOne, rubricIri, sink);
    }
}
