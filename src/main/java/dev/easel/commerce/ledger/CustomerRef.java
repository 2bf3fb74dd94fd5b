package dev.easel.commerce.ledger;

/** A customer as orders refer to it: the internal id and the pseudonymous key. */
record CustomerRef(long id, String key) {}
