/**
 * The demo marketplace: a synthetic art and craft supplies shop to try Easel on, and to test and measure it with. A
 * seeded, streaming generator writes customers, sellers, promotions, orders, refunds and consents as the CSV files of
 * docs/csv-formats.md (the same files a real shop would import); on the embedded default's first start the loader
 * imports them through the commerce and consent modules' public imports, and {@link dev.easel.demo.DemoScoring} asks
 * for a first batch run so that the console opens on scored customers.
 *
 * <p>The top floor: it uses commerce, consent and clv through their APIs, and only the application's start-up wiring
 * (the {@code demo-data} command in {@code demo.cli}) and two listeners depend on it: the workflow answers its request
 * for a first batch run ({@link dev.easel.demo.DemoScoringRequested}), and the console's status strip shows how far that
 * first scoring is ({@link dev.easel.demo.DemoScoring.Stage}). The {@code postgres} profile loads no
 * demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo marketplace")
package dev.easel.demo;
