package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.Consents;
import dev.easel.rules.RuleEngine;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staged mode decides what a refit is, on PostgreSQL: the same fitting service with staged mode on keeps a scheduled
 * refit as a candidate and the fit in service goes on serving; with it off (the service these tests share) a refit
 * serves at once, as before.
 */
@PostgresIntegrationTest
class StagedRefitIT {

    @Autowired
    CustomerKeyPages pages;

    @Autowired
    ChunkEvaluator evaluator;

    @Autowired
    FitEvaluations evaluations;

    @Autowired
    FitStore store;

    @Autowired
    RuleEngine rules;

    @Autowired
    ClvProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    FitCandidateStore candidates;

    @Autowired
    ModelFitService service;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModelChoiceProperties choice;

    @Test
    void underStagedModeARefitIsACandidateAndTheFitInServiceKeepsServing() throws Exception {
        synchronized (StagedRefitIT.class) {
            if (jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single() < 320) {
                Path folder = DemoLedger.generate(320, Files.createTempDirectory("staged-refit-it-"));
                DemoLedger.load(folder, imports, consents, false);
            }
        }
        StoredFit serving = service.fitNow(ModelTimeUnit.DAYS, null, "easel");
        assertThat(service.staged()).isFalse();
        assertThat(store.latestFitted().map(StoredFit::version)).contains(serving.version());
        ModelFitService staged = new ModelFitService(
                pages,
                evaluator,
                evaluations,
                store,
                rules,
                properties,
                events,
                transactions,
                clock,
                candidates,
                true,
                choice);

        StoredFit refit = staged.fitNow(ModelTimeUnit.WEEKS, null, "easel");

        assertThat(refit.status()).isEqualTo("FITTED");
        assertThat(candidates.candidates()).contains(refit.version()).doesNotContain(serving.version());
        assertThat(store.latestFitted().map(StoredFit::version)).contains(serving.version());
        assertThat(store.latest().map(StoredFit::version)).contains(refit.version());
    }
}
