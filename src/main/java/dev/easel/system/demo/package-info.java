/**
 * The demo marketplace: a seeded, streaming generator of synthetic customers, sellers, promotions, orders, refunds
 * and consents as the CSV files of docs/csv-formats.md, its command line and the first-start loader.
 *
 * <p>A named interface because the application's command table calls {@link dev.easel.system.demo.DemoDataCommand},
 * the one public type here.
 */
@org.springframework.modulith.NamedInterface("demo")
package dev.easel.system.demo;
