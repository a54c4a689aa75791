package io.nas4j.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.UiFixtures;
import io.nas4j.ui.UiServer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The pages in headless Chromium: navigation, table, charts, architecture, compare, live updates, XSS. */
class UiBrowserTest {
    static final String XSS_NAME = "<img src=x onerror=alert(1)>";
    static StudyStorage storage;
    static Study study;
    static List<TrialRecord> trials;
    static UiServer server;
    static Browser browser;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        storage = Storages.open("mem:ui-browser-" + UUID.randomUUID());
        study = UiFixtures.study(storage, "fashion-cnn-evolution");
        trials = UiFixtures.fill(storage, study, 80, 8, 3);
        server = UiServer.builder().setStorage(storage).optPort(0).optPollInterval(Duration.ofMillis(300)).build().start();
        url = "http://127.0.0.1:" + server.port();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    /** Clicks an element the page may re-render at any moment (a stale element is found again). */
    private static void clickWhenStable(String css) {
        browser.waiting().until(d -> {
            find(css).click();
            return true;
        });
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private static void openStudy() {
        browser.driver.get(url + "/study.html?id=" + study.id());
        browser.waitLoaded();
    }

    private static List<String> column(String col) {
        int index = 0;
        List<WebElement> heads = all("#trials thead th");
        for (int i = 0; i < heads.size(); i++) {
            if (col.equals(heads.get(i).getAttribute("data-col"))) {
                index = i;
            }
        }
        int at = index + 1;
        return all("#trials tbody tr td:nth-child(" + at + ")").stream().map(WebElement::getText).toList();
    }

    @Test
    void studiesListLeadsToTheStudyWithRenderedCharts() throws Exception {
        browser.driver.get(url + "/");
        browser.waiting().until(d -> !all("#studies tbody a").isEmpty());
        browser.screenshot("studies");
        WebElement link = browser.driver.findElement(By.linkText("fashion-cnn-evolution"));
        link.click();
        browser.waitLoaded();
        assertEquals("fashion-cnn-evolution", find("#title").getText());
        assertTrue(find("#tiles").getText().contains("80"), "the trial count tile");
        browser.waiting().until(d -> browser.paintedPixels("chart-parallel") > 1000);
        for (String chart : List.of("chart-history", "chart-scatter", "chart-parallel", "chart-curves")) {
            long painted = browser.paintedPixels(chart);
            assertTrue(painted > 1000, chart + " is blank (" + painted + " painted pixels)");
        }
        assertEquals(50, all("#trials tbody tr").size());
        browser.screenshot("study");
    }

    @Test
    void sortsAndFiltersTheTrialTable() throws Exception {
        openStudy();
        clickWhenStable("#trials th[data-col=objective]"); // objective is maximized: first click sorts descending
        browser.waiting().until(d -> find("#trials th[data-col=objective]").getAttribute("class").contains("sorted-desc"));
        List<Double> values = column("objective").stream().filter(s -> !s.equals("–")).map(Double::parseDouble).toList();
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) <= values.get(i - 1), "descending objective: " + values);
        }
        double best = trials.stream().filter(t -> t.state() == TrialState.COMPLETE)
                .mapToDouble(t -> t.objective().getAsDouble()).max().orElseThrow();
        assertEquals(best, values.get(0), 1e-4);

        browser.waiting().until(d -> {
            find("#state-filter input[value=PRUNED]").click();
            return true;
        });
        long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        browser.waiting().until(d -> all("#trials tbody tr").size() == pruned);
        assertTrue(column("state").stream().allMatch("PRUNED"::equals));
        assertTrue(column("rung").stream().noneMatch("–"::equals), "pruned trials show their rung");
        find("#state-filter input[value=PRUNED]").click();

        new Select(find("#filter-field")).selectByValue("objective");
        find("#filter-min").sendKeys("0.85");
        find("#filter-add").click();
        long good = trials.stream().filter(t -> t.objective().isPresent() && t.objective().getAsDouble() >= 0.85).count();
        browser.waiting().until(d -> find("#page-info").getText().endsWith("of " + good));
        assertTrue(find("#filter-chips").getText().contains("≥ 0.85"));
        browser.screenshot("study-filtered");
    }

    @Test
    void trialPageDrawsTheArchitectureAndItsCurves() throws Exception {
        TrialRecord t = trials.stream().filter(x -> x.state() == TrialState.COMPLETE && !x.lineage().parents().isEmpty())
                .findFirst().orElseThrow();
        browser.driver.get(url + "/trial.html?study=" + study.id() + "&trial=" + t.number());
        browser.waitLoaded();
        List<WebElement> blocks = all("#arch .arch-block");
        assertEquals("input", blocks.get(0).getAttribute("data-type"));
        assertEquals("output", blocks.get(blocks.size() - 1).getAttribute("data-type"));
        assertTrue(blocks.get(1).getText().contains("conv2d"), blocks.get(1).getText());
        assertTrue(blocks.get(1).getText().contains("output (") && blocks.get(1).getText().contains("params"));
        assertTrue(find("#lineage-links").getText().contains("#" + t.lineage().parents().get(0)));
        assertTrue(find("#export-command").getText().startsWith("nas4j export fashion-cnn-evolution --trial " + t.number()));
        browser.waiting().until(d -> browser.paintedPixels("chart-epochs") > 1000);
        browser.waiting().until(d -> browser.paintedPixels("chart-lineage") > 200);
        browser.screenshot("trial");

        find("#lineage-links a").click(); // the parent
        browser.waitLoaded();
        assertTrue(find("#title").getText().startsWith("Trial #" + t.lineage().parents().get(0)));
    }

    @Test
    void failedTrialShowsItsMessageAsText() throws Exception {
        TrialRecord failed = trials.stream().filter(x -> x.state() == TrialState.FAILED).findFirst().orElseThrow();
        browser.driver.get(url + "/trial.html?study=" + study.id() + "&trial=" + failed.number());
        browser.waitLoaded();
        assertTrue(find("#trial-message").getText().contains("<script>alert('boom')</script>"));
        assertEquals(0L, ((Number) browser.js("return document.querySelectorAll('main script').length")).longValue());
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        browser.screenshot("trial-failed");
    }

    @Test
    void comparesTwoSelectedTrials() throws Exception {
        openStudy();
        browser.waiting().until(d -> {
            find("#trials tbody input[data-trial='0']").click();
            return true;
        });
        browser.waiting().until(d -> {
            find("#trials tbody input[data-trial='1']").click();
            return true;
        });
        assertTrue(find("#compare").isEnabled());
        find("#compare").click();
        browser.waitLoaded();
        assertEquals("Compare trials #0, #1", find("#title").getText());
        assertTrue(all("#arch-diff tbody tr").size() >= 3);
        assertTrue(find("#arch-diff").getText().contains("output(10,softmax)"));
        assertEquals(3, all("#arch-diff thead th").size());
        browser.waiting().until(d -> browser.paintedPixels("chart-compare") > 1000);
        browser.screenshot("compare");
    }

    @Test
    void newTrialsAppearWhileThePageIsOpen() throws Exception {
        openStudy();
        clickWhenStable("#trials th[data-col=number]"); // number descending: the newest first
        browser.waiting().until(d -> find("#trials th[data-col=number]").getAttribute("class").contains("sorted-desc"));
        browser.waiting().until(d -> find("#live").getText().equals("live"));
        int next = storage.counts(study.id()).values().stream().mapToInt(Integer::intValue).sum();
        UiFixtures.addTrial(storage, study, next, 8, new Random(99));
        browser.waiting().until(d -> !all("#trials tbody tr[data-trial='" + next + "']").isEmpty());
        browser.waiting().until(d -> find("#tiles").getText().contains(Integer.toString(next + 1)));
        browser.screenshot("study-live");
    }

    @Test
    void aStudyNamedLikeMarkupIsShownAsText() throws Exception {
        Study evil = storage.findStudy(XSS_NAME).orElseGet(() -> UiFixtures.study(storage, XSS_NAME));
        if (storage.counts(evil.id()).get(TrialState.COMPLETE) == 0) {
            UiFixtures.fill(storage, evil, 3, 2, 5);
        }
        browser.driver.get(url + "/");
        browser.waiting().until(d -> all("#studies tbody a").size() >= 2);
        assertTrue(find("#studies").getText().contains(XSS_NAME));
        assertNoInjection();
        browser.driver.findElement(By.linkText(XSS_NAME)).click();
        browser.waitLoaded();
        assertEquals(XSS_NAME, find("#title").getText());
        assertNoInjection();
        browser.driver.get(url + "/trial.html?study=" + evil.id() + "&trial=0");
        browser.waitLoaded();
        assertTrue(find("#crumb-study").getText().equals(XSS_NAME));
        assertTrue(find("#export-command").getText().contains("'" + XSS_NAME + "'"), "the export command quotes the name");
        assertNoInjection();
        browser.screenshot("xss-study");
    }

    private static void assertNoInjection() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), "an alert ran");
        assertEquals(0L, ((Number) browser.js("return document.querySelectorAll('img').length")).longValue(),
                "an img element was created from data");
        assertFalse(browser.driver.getPageSource().contains("<img src=\"x\""));
    }
}
