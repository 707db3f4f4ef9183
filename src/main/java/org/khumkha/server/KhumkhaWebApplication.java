package org.khumkha.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring web application; started by {@link KhumkhaServer}, never on its own. */
@SpringBootApplication(scanBasePackages = "org.khumkha")
public class KhumkhaWebApplication {
}
