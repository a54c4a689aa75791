package io.nas4j.ui.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;

/**
 * Saves a screenshot of a running UI page once its data and charts are drawn, e.g. for
 * {@code docs/ui-study.png}: {@code DocsScreenshot URL OUT.png [WIDTH HEIGHT]}.
 */
public final class DocsScreenshot {
    private DocsScreenshot() {
    }

    /** Runs it. */
    public static void main(String[] args) throws Exception {
        try (Browser b = new Browser()) {
            int w = args.length > 2 ? Integer.parseInt(args[2]) : 1400;
            int h = args.length > 3 ? Integer.parseInt(args[3]) : 1700;
            b.driver.manage().window().setSize(new Dimension(w, h));
            b.driver.get(args[0]);
            b.waitLoaded();
            b.waiting().until(d -> b.paintedPixels("chart-parallel") > 1000 && b.paintedPixels("chart-curves") > 1000);
            Thread.sleep(1500);
            Path shot = b.screenshot("docs");
            Files.copy(shot, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
