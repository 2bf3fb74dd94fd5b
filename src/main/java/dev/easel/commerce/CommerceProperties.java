package dev.easel.commerce;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The commerce module's settings ({@code easel.commerce.*}): the window an order's or refund's date must fall in.
 * A date before {@code earliestDate} (1900 from a bad default) or more than {@code futureTolerance} ahead of now
 * (2099 from a typo) is a data error, refused naming the field.
 */
@ConfigurationProperties("easel.commerce")
public record CommerceProperties(LocalDate earliestDate, Duration futureTolerance) {

    public CommerceProperties {
        earliestDate = earliestDate == null ? LocalDate.of(2000, 1, 1) : earliestDate;
        futureTolerance = futureTolerance == null ? Duration.ofDays(1) : futureTolerance;
    }
}
