/**
 * The ledger's internals: validation rules, identity merge, set-based SQL, and the streamed CSV import.
 */
package dev.easel.commerce.ledger;
