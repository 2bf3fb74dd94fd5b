package dev.easel.commerce.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the master key of customers' personal data lives (docs/erasure.md).
 *
 * @param keyFile   the master key: it wraps every customer's data key and keys the email lookup; never stored in the
 *                  database, and needed by every node that reads contact data
 * @param createKey create a random key when the file is absent (the embedded default); otherwise a missing key stops
 *                  the service from starting
 */
@ConfigurationProperties("easel.commerce.personal-data")
record PersonalDataProperties(
        @DefaultValue("data/personal-data.key") Path keyFile,
        @DefaultValue("true") boolean createKey) {}
