package org.khumkha;

import org.khumkha.cli.KhumkhaCommand;

/** Entry point of {@code java -jar target/khumkha.jar}: every job is a subcommand of {@link KhumkhaCommand}. */
public final class KhumkhaApplication {
    private KhumkhaApplication() {}

    public static void main(String[] args) {
        int code = KhumkhaCommand.run(args);
        if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }
}
