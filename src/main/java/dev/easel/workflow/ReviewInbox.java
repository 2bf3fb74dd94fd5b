package dev.easel.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The open "Review CLV spike" tasks as a compliance officer works them in the console. Camunda stays the engine:
 * these are the same tasks Tasklist shows, and a decision here completes the task exactly as Tasklist does (the same
 * listeners, validation, adapters and audit records).
 */
public interface ReviewInbox {

    /** One page of the open reviews the user may work (their groups' tasks, claimed or not). */
    Page open(String user, Filter filter);

    /** One open review with its evidence, if it is open and the user may work it. */
    Optional<Review> find(String user, String taskId);

    /** Takes the task for the user; refused when someone else holds it. */
    void claim(String user, String taskId);

    /**
     * Decides one review as the user (claiming it first when nobody holds it). A rejection needs a reason; the engine
     * checks it again on the way out of the task.
     */
    Outcome decide(String user, String taskId, Decision decision, String reason);

    enum Decision {
        APPROVE("approve"),
        REJECT("reject");

        private final String formValue;

        Decision(String formValue) {
            this.formValue = formValue;
        }

        /** The value Tasklist's form sends for the {@code decision} variable. */
        public String formValue() {
            return formValue;
        }
    }

    enum Sort {
        OLDEST,
        NEWEST,
        LARGEST_CHANGE,
        CUSTOMER
    }

    /** Which tasks: {@link Claimed#ANY}, only the reader's, or only those nobody holds yet. */
    enum Claimed {
        ANY,
        MINE,
        UNCLAIMED
    }

    /**
     * @param customer  the start of the customer key (null or blank: any)
     * @param reason    a flag reason code such as {@code CLV_SPIKE} (null or blank: any)
     * @param escalated true: only escalated reviews; false: only those not escalated; null: both
     * @param page      zero-based
     */
    record Filter(String customer, String reason, Boolean escalated, Claimed claimed, Sort sort, int page, int size) {

        public static final int MAX_SIZE = 100;

        public Filter {
            claimed = claimed == null ? Claimed.ANY : claimed;
            sort = sort == null ? Sort.OLDEST : sort;
            page = Math.max(0, page);
            size = Math.max(1, Math.min(MAX_SIZE, size));
        }
    }

    /**
     * @param total   how many reviews match, counted only when a customer or reason filter narrows the list (null
     *                otherwise: counting every open review on each page would cost more than the page itself; the
     *                status strip shows the total)
     * @param hasNext whether a next page has rows
     */
    record Page(List<Row> rows, Long total, int page, int size, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /**
     * One task in the list. Money is as the reviewer reads it (two decimals and the currency).
     *
     * @param due when the review escalates (or escalated) to the compliance lead
     */
    record Row(
            String taskId,
            String customerKey,
            String previousValue,
            String newValue,
            String change,
            List<String> reasons,
            Instant created,
            Instant due,
            boolean escalated,
            String assignee) {

        public Duration age(Instant now) {
            return Duration.between(created, now);
        }

        public boolean overdue(Instant now) {
            return escalated || now.isAfter(due);
        }
    }

    /** The evidence of one review, as stored on the task when it was opened. */
    record Review(
            Row row,
            String currency,
            List<String> orders,
            List<String> rulesFired,
            String rulesetVersion,
            String modelVersion,
            String explanationLink) {}

    /**
     * What became of a decision.
     *
     * @param field   the form field a refusal is about (null when decided)
     * @param message what happened, in a sentence
     */
    record Outcome(String taskId, boolean decided, String field, String message) {}
}
