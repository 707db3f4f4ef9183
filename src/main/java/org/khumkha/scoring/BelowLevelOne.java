package org.khumkha.scoring;

/** What a quantitative result below the level-1 threshold scores. */
public enum BelowLevelOne {
    /** 0, reported as "below level 1" (OPDC's convention; the default). */
    ZERO,
    /** Linear from 0 at a result of 0 up to 1 at the level-1 threshold: a / t1. */
    PROPORTIONAL;

    public static final BelowLevelOne DEFAULT = ZERO;
}
