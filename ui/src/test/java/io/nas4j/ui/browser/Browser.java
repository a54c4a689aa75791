package io.nas4j.ui.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver; Selenium Manager never runs, so
 * nothing is downloaded.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    final WebDriver driver;
    private final ChromeDriverService service;

    Browser() throws IOException {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + Files.createTempDirectory("chrome"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** Whether this machine has the browser. */
    static boolean available() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the page's script says it has loaded its data. */
    void waitLoaded() {
        waiting().until(d -> "true".equals(js("return document.body.getAttribute('data-loaded')"))
                || Boolean.TRUE.equals(js("return !!document.querySelector('#error .error-box')")));
        Object error = js("const e = document.querySelector('#error .error-box'); return e ? e.textContent : null");
        if (error != null) {
            throw new AssertionError("the page shows an error: " + error);
        }
    }

    /** How many pixels of the chart's canvas in {@code containerId} are painted. */
    long paintedPixels(String containerId) {
        Object n = js("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                + "if (!c) return -1; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; return n;", containerId);
        return ((Number) n).longValue();
    }

    /** Saves a screenshot under target/screenshots. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
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
