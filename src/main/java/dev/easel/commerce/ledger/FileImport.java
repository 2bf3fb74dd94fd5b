package dev.easel.commerce.ledger;

/** The import of one file of one kind: rows in, chunk by chunk into the ledger. */
interface FileImport extends RowConsumer, ImportCounts {

    /** Rows per chunk: one round of look-ups and one multi-row insert per table. */
    int CHUNK_ROWS = 5000;
}
