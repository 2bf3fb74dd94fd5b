package dev.easel.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the chain's head to the anchor file: every {@code easel.audit.anchor.interval} when it has moved, on demand,
 * and at a clean stop. A head is anchored only when its record is in the log with that hash and the latest anchor's
 * record is still as anchored, so that an anchor never signs a chain already cut or rewritten at the anchored point.
 * Records written since the latest anchor are guarded by the head row alone: the interval bounds how many a database
 * owner could cut off unnoticed.
 */
@Component
class ChainAnchors {

    private static final Logger logger = LoggerFactory.getLogger(ChainAnchors.class);

    private final DecisionLog log;
    private final AnchorFile file;
    private final Clock clock;

    ChainAnchors(DecisionLog log, AnchorFile file, Clock clock) {
        this.log = log;
        this.file = file;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${easel.audit.anchor.interval:5m}",
            fixedDelayString = "${easel.audit.anchor.interval:5m}")
    void anchorPeriodically() {
        try {
            if (log.head().lastId() > 0) {
                anchor();
            }
        } catch (AnchorRefusedException e) {
            logger.error(
                    "The audit trail's head was not anchored: {}", e.getBody().getDetail());
        } catch (RuntimeException e) {
            logger.error("The audit trail's head was not anchored: {}", e.getMessage());
        }
    }

    /** A clean stop anchors what was written since the last period, so that a restart begins from an anchored head. */
    @PreDestroy
    void anchorOnStop() {
        anchorPeriodically();
    }

    /** The latest anchor: a new one when the head moved since, the latest one otherwise. */
    Anchor anchor() {
        AnchorFile.Contents contents = file.read();
        Anchor latest = contents.latest();
        DecisionLog.Head head = log.head();
        if (latest != null
                && latest.headId() == head.lastId()
                && latest.headHash().equals(head.lastHash())) {
            return latest;
        }
        if (head.lastId() == 0) {
            throw new AnchorRefusedException("the audit trail is empty: there is no head to anchor");
        }
        String recorded = log.hashOf(head.lastId());
        if (!head.lastHash().equals(recorded)) {
            throw new AnchorRefusedException(
                    "the head row does not match record " + head.lastId() + "; verify the audit trail");
        }
        if (latest != null && !latest.headHash().equals(log.hashOf(latest.headId()))) {
            throw new AnchorRefusedException(
                    "record " + latest.headId() + " is not as anchored at " + latest.at() + "; verify the audit trail");
        }
        return file.append(head.lastId(), head.lastHash(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
