package dev.easel.commerce.ledger;

/** What an import wrote: records new to the ledger, and records it already had with the same content. */
interface ImportCounts {

    long imported();

    long unchanged();
}
