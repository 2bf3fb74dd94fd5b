package dev.easel.consent;

/** What a consents.csv import did: lines read and consent events stored (0 on a dry run). */
public record ConsentImportReport(boolean dryRun, long linesRead, long imported) {
}
