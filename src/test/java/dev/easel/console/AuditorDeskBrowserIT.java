package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvInsights;
import dev.easel.testing.Browser;
import dev.easel.testing.ConsoleTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An auditor's walk through the desk in a real (headless) Chromium: sign in and land on the audit log, search it by
 * customer key, open that customer's decision timeline, verify the chain and read the result, then download a report
 * (a refused parameter first, stopped at its field by the browser) and read the file that arrived in the download
 * folder. Needs Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not installed.
 */
@ConsoleTest
class AuditorDeskBrowserIT {

    @RegisterExtension
    final Browser chromium = new Browser(Duration.ofSeconds(30), new Dimension(1280, 900));

    @Autowired
    ClvInsights insights;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait waiting;
    Path downloads;

    @BeforeEach
    void demoScored() throws IOException, InterruptedException {
        DemoScored.await(insights);
        browser = chromium.driver();
        waiting = chromium.waiting();
        downloads = chromium.downloads();
    }

    @Test
    void anAuditorSearchesTheLogReadsATimelineVerifiesTheChainAndDownloadsAReport() throws Exception {
        String customerKey = jdbc.sql("""
                SELECT customer_key FROM decision_log WHERE customer_key IS NOT NULL
                 GROUP BY customer_key ORDER BY COUNT(*) DESC, customer_key LIMIT 1
                """).query(String.class).single();

        chromium.signIn("auditor");
        waiting.until(ExpectedConditions.urlContains("/console/audit"));
        assertThat(chromium.visible(By.tagName("h1")).getText()).isEqualTo("Audit log");
        chromium.visible(By.id("customerKey")).sendKeys(customerKey);
        browser.findElement(By.id("search")).click();
        waiting.until(ExpectedConditions.urlContains("customerKey=" + customerKey));
        List<WebElement> records = browser.findElements(By.cssSelector("article.record"));
        assertThat(records).isNotEmpty();
        assertThat(records).allSatisfy(record -> assertThat(record.getText()).contains(customerKey));
        WebElement hash = records.get(0).findElement(By.cssSelector("code.hash:not(.previous-hash)"));
        assertThat(hash.getText()).as("the hash in full").matches("[0-9a-f]{64}");
        assertThat(hash.getRect().getX() + hash.getRect().getWidth())
                .as("wrapped inside the page")
                .isLessThanOrEqualTo(1280);

        chromium.clickable(By.cssSelector("article.record a.customer")).click();
        waiting.until(ExpectedConditions.urlContains("/console/audit/customers/" + customerKey));
        long decisions = jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE customer_key = ?")
                .param(customerKey)
                .query(Long.class)
                .single();
        assertThat(browser.findElements(By.cssSelector("#decision-timeline > li")))
                .hasSize((int) Math.min(decisions, 500));

        browser.findElement(By.linkText("Chain")).click();
        chromium.clickable(By.id("verify")).click();
        waiting.until(ExpectedConditions.urlContains("run="));
        assertThat(chromium.visible(By.id("verdict")).getText())
                .startsWith("Intact")
                .contains("records checked");
        assertThat(Long.parseLong(
                        browser.findElement(By.id("records-checked")).getText().replace(",", "")))
                .isPositive();
        assertThat(browser.findElement(By.id("anchor")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("verification-history")).getText())
                .contains("auditor")
                .contains("intact");

        browser.findElement(By.linkText("Reports")).click();
        WebElement key = chromium.visible(By.id("decision-audit-customerKey"));
        key.sendKeys("no key!");
        chromium.clickable(By.id("download-decision-audit")).click();
        assertThat(chromium.script("return arguments[0].validity.valid;", key))
                .as("stopped at the field")
                .isEqualTo(false);
        assertThat(browser.getCurrentUrl()).endsWith("/console/reports");
        key.clear();
        key.sendKeys(customerKey);
        chromium.clickable(By.id("decision-audit-format-csv")).click();
        chromium.clickable(By.id("download-decision-audit")).click();

        Path file = arrived(Duration.ofSeconds(60));
        assertThat(file.getFileName().toString()).startsWith("decision-audit-").endsWith(".csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isGreaterThan(1);
        assertThat(csv).contains(customerKey);
    }

    /** The first file in the download folder once Chromium has finished writing it. */
    private Path arrived(Duration patience) throws IOException, InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .toList();
                if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No report arrived in " + downloads + " within " + patience);
    }
}
