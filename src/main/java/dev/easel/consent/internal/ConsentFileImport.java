package dev.easel.consent.internal;

import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentImportReport;
import dev.easel.consent.ConsentImports;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.ConsentsImported;
import dev.easel.consent.ConsentsStored;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.shared.CsvReader;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ConsentImports} streamed in chunks of a thousand lines into the consent log, all-or-nothing, with at most a
 * hundred bad lines named in the refusal.
 */
@Service
class ConsentFileImport implements ConsentImports {

    private static final int CHUNK = 1_000;
    private static final int MAX_REPORTED = 100;

    private final ConsentStore store;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentFileImport(ConsentStore store, Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public ConsentImportReport importFile(Reader csv, boolean dryRun, String recordedBy) {
        Run run = new Run(dryRun, recordedBy);
        try {
            CsvReader reader = new CsvReader(csv);
            String[] header = reader.next();
            if (header == null || !Arrays.asList(header).equals(COLUMNS)) {
                throw new InvalidRequestException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "consents.csv must start with the header " + String.join(",", COLUMNS),
                        List.of(FieldProblem.atLine(1, "header", "expected " + String.join(",", COLUMNS))));
            }
            List<Line> chunk = new ArrayList<>(CHUNK);
            for (String[] cells = reader.next(); cells != null; cells = reader.next()) {
                chunk.add(new Line(reader.recordLine(), cells));
                if (chunk.size() == CHUNK) {
                    run.process(chunk);
                    chunk.clear();
                }
            }
            run.process(chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (run.errorCount > 0) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "consents.csv has " + run.errorCount + " bad line(s); nothing was imported.",
                    run.errors);
        }
        if (!dryRun && run.imported > 0) {
            events.publishEvent(new ConsentsImported(run.linesRead, run.imported));
        }
        return new ConsentImportReport(dryRun, run.linesRead, dryRun ? 0 : run.imported, run.unchanged);
    }

    private record Line(long number, String[] cells) {}

    /** What makes two consent events the same event (as {@link ConsentStore#findRepeat} compares them). */
    private record ConsentIdentity(
            String customerKey,
            Purpose purpose,
            ConsentStatus status,
            LawfulBasis lawfulBasis,
            Instant capturedAt,
            String source,
            String policyVersion) {

        static ConsentIdentity of(ConsentEvent event) {
            return new ConsentIdentity(
                    event.customerKey(),
                    event.purpose(),
                    event.status(),
                    event.lawfulBasis(),
                    event.capturedAt(),
                    event.source(),
                    event.policyVersion());
        }
    }

    /** One file's progress: lines read, events written, problems found. */
    private final class Run {
        final boolean dryRun;
        final String recordedBy;
        final List<FieldProblem> errors = new ArrayList<>();
        long errorCount;
        long linesRead;
        long imported;
        long unchanged;

        Run(boolean dryRun, String recordedBy) {
            this.dryRun = dryRun;
            this.recordedBy = recordedBy;
        }

        void process(List<Line> lines) {
            if (lines.isEmpty()) {
                return;
            }
            linesRead += lines.size();
            List<ConsentChanged> stored = new ArrayList<>();
            Map<String, String> keys = customers.keysBySourceIds(
                    lines.stream().map(line -> cell(line.cells(), 0)).distinct().toList());
            Set<ConsentIdentity> known = new HashSet<>();
            store.historyOf(keys.values()).forEach(event -> known.add(ConsentIdentity.of(event)));
            for (Line line : lines) {
                ConsentSubmission submission = parse(line);
                if (submission == null) {
                    continue;
                }
                List<FieldProblem> problems = new ArrayList<>(ConsentValidation.problems(submission, clock));
                String customerKey = keys.get(submission.customerId());
                if (problems.isEmpty() && customerKey == null) {
                    problems.add(FieldProblem.of("customerId", "unknown customer: import customers.csv first"));
                }
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> report(line.number(), problem.field(), problem.message()));
                    continue;
                }
                ConsentEvent event = event(customerKey, submission);
                if (!known.add(ConsentIdentity.of(event))) {
                    unchanged++;
                } else if (errorCount == 0 && !dryRun) {
                    store.insert(event);
                    stored.add(ConsentChanged.of(event));
                    imported++;
                } else {
                    imported++;
                }
            }
            if (!stored.isEmpty()) {
                events.publishEvent(new ConsentsStored(stored));
            }
        }

        private ConsentSubmission parse(Line line) {
            String[] cells = line.cells();
            if (cells.length != COLUMNS.size()) {
                report(line.number(), "line", "has " + cells.length + " cells, expected " + COLUMNS.size());
                return null;
            }
            OffsetDateTime capturedAt = null;
            String capturedText = cell(cells, 4);
            if (capturedText != null) {
                try {
                    capturedAt = OffsetDateTime.parse(capturedText);
                } catch (DateTimeParseException e) {
                    report(line.number(), "capturedAt", "must be ISO 8601 with offset, e.g. 2026-05-01T10:00:00Z");
                    return null;
                }
            }
            return new ConsentSubmission(
                    cell(cells, 0),
                    cell(cells, 1),
                    cell(cells, 2),
                    cell(cells, 3),
                    capturedAt,
                    cell(cells, 5),
                    cell(cells, 6),
                    cell(cells, 7),
                    cell(cells, 8));
        }

        private ConsentEvent event(String customerKey, ConsentSubmission submission) {
            return new ConsentEvent(
                    0,
                    customerKey,
                    Purpose.fromCode(submission.purpose()),
                    ConsentStatus.valueOf(submission.status()),
                    LawfulBasis.valueOf(submission.lawfulBasis()),
                    submission.capturedAt().toInstant().truncatedTo(ChronoUnit.MICROS),
                    submission.source(),
                    submission.policyVersion(),
                    submission.wording(),
                    submission.signal() == null || submission.signal().isBlank() ? null : submission.signal(),
                    recordedBy,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        }

        private void report(long line, String field, String message) {
            errorCount++;
            if (errors.size() < MAX_REPORTED) {
                errors.add(FieldProblem.atLine(line, field, message));
            }
        }
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length) {
            return null;
        }
        String value = cells[index];
        return value == null || value.isEmpty() ? null : value;
    }
}
