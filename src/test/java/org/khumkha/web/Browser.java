package org.khumkha.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver: both paths are given, so Selenium
 * Manager never looks for or downloads anything. A fresh profile per browser; downloads go to a folder of its own;
 * screenshots are saved under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long a page may take to show what a test waits for (a ceiling, not a measurement). */
    static final Duration PATIENCE = Duration.ofSeconds(40);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path downloads;

    Browser() {
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(program).canExecute()) {
                throw new IllegalStateException(program + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/test does it on a fresh machine)");
            }
        }
        try {
            profile = Files.createTempDirectory("khumkha-chromium-");
            downloads = Files.createTempDirectory("khumkha-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1500,1300");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void open(String url) {
        driver.get(url);
        waitFor(d -> "complete".equals(js("return document.readyState")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement waitVisible(String css) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    /** Waits until the page's web fonts have loaded, so a screenshot shows the Thai face. */
    void waitForFonts() {
        waitFor(d -> Boolean.TRUE.equals(js("return document.fonts.status === 'loaded' && document.fonts.check('16px Laksaman')")));
    }

    /** Saves a screenshot of the whole window as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
