package dev.easel.consent;

/** Published once after a consents.csv file was imported, instead of one {@link ConsentChanged} per line. */
public record ConsentsImported(long linesRead, long imported) {}
