package org.khumkha.cli;

/** The exit codes every subcommand uses. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The job ran and found problems: SHACL violations, for example. */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input: nothing was changed. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
