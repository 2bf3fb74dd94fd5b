package dev.easel.commerce.ledger;

/** Takes the rows of a file, in order. */
interface RowConsumer {

    void accept(Row row);

    /** Flushes what is left. */
    void finish();
}
