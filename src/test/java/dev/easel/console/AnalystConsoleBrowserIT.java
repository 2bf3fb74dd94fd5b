package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvInsights;
import dev.easel.testing.Browser;
import dev.easel.testing.ConsoleTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst's walk through the console in a real (headless) Chromium: sign in, home, search, a customer's card,
 * timeline and explanation, the model's plots, segments and cohorts; every chart is checked to hold data by reading
 * its ECharts option in the page. Ends with a phone-width screenshot under {@code target/browser-tests/}. Needs
 * Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not installed.
 */
@ConsoleTest
class AnalystConsoleBrowserIT {

    private static final Path SCREENSHOTS = Browser.REPORTS;

    @RegisterExtension
    final Browser chromium = new Browser(Duration.ofSeconds(30), new Dimension(1280, 900));

    @Autowired
    ClvInsights insights;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait waiting;

    @BeforeEach
    void demoScored() throws InterruptedException {
        DemoScored.await(insights);
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @Test
    void anAnalystSignsInFindsACustomerReadsWhyAndExploresTheModelAndCohorts() throws IOException {
        String customerKey = jdbc.sql("""
                SELECT c.customer_key FROM clv_current c JOIN customers k ON k.customer_key = c.customer_key
                  JOIN customer_contacts p ON p.customer_id = k.id
                  JOIN clv_results r ON r.id = c.published_id
                 WHERE c.status = 'PUBLISHED' AND r.total > 0 AND p.email_lookup IS NOT NULL
                 ORDER BY c.customer_key LIMIT 1
                """).query(String.class).single();

        chromium.signIn("analyst");
        waiting.until(ExpectedConditions.urlContains("/console/clv"));
        assertThat(chromium.visible(By.tagName("h1")).getText()).isEqualTo("Customer lifetime value");
        assertThat(browser.findElement(By.id("totals")).getText()).contains("Total CLV");
        assertThat(chartPoints("clv-distribution")).isPositive();
        assertThat(chartPoints("churn-chart")).isPositive();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-run"), "FINISHED"));
        assertThat(browser.findElements(By.linkText("Runs")))
                .as("an analyst is not offered batch runs")
                .isEmpty();

        browser.findElement(By.linkText("Customers")).click();
        chromium.visible(By.id("q")).sendKeys(customerKey);
        browser.findElement(By.cssSelector("form.filters button[type='submit']"))
                .click();
        waiting.until(ExpectedConditions.urlContains("q=" + customerKey));
        chromium.clickable(By.linkText(customerKey)).click();

        waiting.until(ExpectedConditions.urlContains("/console/customers/" + customerKey));
        assertThat(chromium.visible(By.id("clv-card")).getText())
                .contains("Total CLV")
                .contains("Churn probability")
                .contains("Expected next order")
                .contains("PUBLISHED");
        assertThat(chromium.visible(By.id("field-total")).getText()).matches("[0-9,]+\\.[0-9]{2} [A-Z]{3}");
        assertThat(browser.findElements(By.cssSelector("#timeline li.order"))).isNotEmpty();
        assertThat(browser.findElement(By.id("explanation")).getText())
                .contains("Consent gate:")
                .contains("Model");
        assertThat(browser.findElement(By.id("contact-email")).getText()).contains("***");
        assertThat(chartPoints("history-chart")).isPositive();

        browser.findElement(By.linkText("Model")).click();
        assertThat(chromium.visible(By.id("parameters")).getText())
                .contains("alpha")
                .contains("gamma");
        assertThat(chartPoints("expected-heatmap")).isGreaterThan(100);
        assertThat(chartPoints("alive-heatmap")).isGreaterThan(100);
        assertThat(chartPoints("predicted-distribution")).isPositive();
        chromium.clickable(By.id("evaluate")).click();
        waiting.withTimeout(Duration.ofMinutes(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-chart")));
        assertThat(chartPoints("calibration-chart")).isPositive();
        assertThat(chartPoints("tracking-chart")).isPositive();

        browser.findElement(By.linkText("Segments & cohorts")).click();
        assertThat(chromium.visible(By.id("segments")).getText()).contains("Champions");
        assertThat(chartPoints("segment-chart")).isPositive();
        assertThat(chartPoints("cohort-chart")).isPositive();
        assertThat(browser.findElement(By.id("cohorts")).getText()).contains("First purchase");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(chromium.url("/console/customers/" + customerKey));
        chromium.visible(By.id("clv-card"));
        long overflow = (Long) chromium.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve("console-customer-phone.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** How many data points the chart's first series holds, read from ECharts itself. */
    private long chartPoints(String elementId) {
        WebElement chart = chromium.visible(By.id(elementId));
        waiting.until(done -> chromium.script("return !!echarts.getInstanceByDom(arguments[0]);", chart)
                .equals(true));
        Object points = chromium.script(
                "var option = echarts.getInstanceByDom(arguments[0]).getOption();"
                        + "return option.series[0].data.filter(function (d) {"
                        + "  var v = Array.isArray(d) ? d[d.length - 1] : d; return v !== null && v !== 0; }).length;",
                chart);
        return ((Number) points).longValue();
    }
}
