package dev.easel.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location       the templates folder, relative to the working directory; the copy in the jar serves when
 *                       a template is not there
 * @param fetchSize      rows fetched from the database per round trip while a report streams
 * @param pagesInMemory  filled pages kept in memory before the virtualizer swaps them to a temporary file
 * @param warmUpRows     made-up rows each template is filled with in the background after start, so that the first
 *                       real report finds its code compiled; a negative number turns the warm-up off
 */
@ConfigurationProperties("easel.reports")
record ReportsProperties(
        @DefaultValue("reports") String location,
        @DefaultValue("1000") int fetchSize,
        @DefaultValue("1000") int pagesInMemory,
        @DefaultValue("1000") int warmUpRows) {}
