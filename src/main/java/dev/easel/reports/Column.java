package dev.easel.reports;

/** One column of a report's CSV: the row field it shows and its header. */
record Column(String field, String header) {}
