/**
 * The demo marketplace: a seeded, streaming generator of synthetic customers, sellers, promotions, orders, refunds
 * and consents as the CSV files of docs/csv-formats.md, its command line and the first-start loader.
 */
package dev.easel.system.demo;
