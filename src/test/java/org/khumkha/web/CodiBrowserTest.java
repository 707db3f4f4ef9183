package org.khumkha.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A page test in a real browser against the shared server with CODI's data: one browser per test class. */
abstract class CodiBrowserTest {
    protected static WorkbenchServer server;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        server = WorkbenchServer.shared();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
