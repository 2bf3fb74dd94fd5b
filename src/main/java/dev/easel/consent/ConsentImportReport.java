package dev.easel.consent;

/**
 * What a consents.csv import did: lines read, consent events stored (0 on a dry run), and lines that repeat an event
 * already stored (a file imported twice, or a line twice in one file), which are not stored again.
 */
public record ConsentImportReport(boolean dryRun, long linesRead, long imported, long unchanged) {}
