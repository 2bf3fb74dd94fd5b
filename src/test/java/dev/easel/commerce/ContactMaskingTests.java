package dev.easel.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CustomerDetails.Contact;
import org.junit.jupiter.api.Test;

class ContactMaskingTests {

    @Test
    void masksEmailToItsFirstLetterAndDomainAndNameToInitials() {
        Contact masked = ContactMasking.mask(
                new Contact("jane.doe@example.com", "jane van doe", "1 Main St", "Leeds", "LS1 1AA"));

        assertThat(masked).isEqualTo(new Contact("j***@example.com", "J. V. D.", "***", "***", "***"));
    }

    @Test
    void leavesAbsentContactDataAbsent() {
        assertThat(ContactMasking.mask(new Contact(null, null, null, null, null)))
                .isEqualTo(new Contact(null, null, null, null, null));
    }
}
