package dev.easel.privacy.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpRenewalSenderTests {

    @Test
    void deliversTheRenewalLinkToTheCustomerThroughARealSmtpServer() throws Exception {
        try (LocalSmtpServer smtp = new LocalSmtpServer()) {
            JavaMailSenderImpl mail = new JavaMailSenderImpl();
            mail.setHost("localhost");
            mail.setPort(smtp.port());
            SmtpRenewalSender sender = new SmtpRenewalSender(
                    mail,
                    new PrivacyProperties(
                            "x".repeat(40),
                            URI.create("https://privacy.shop.example"),
                            Duration.ofDays(14),
                            Duration.ofMinutes(15),
                            new PrivacyProperties.Controller("Easel", "privacy@shop.example", "Dublin", "EU"),
                            new PrivacyProperties.RateLimit(30, 120),
                            false,
                            new PrivacyProperties.Mail(true, "privacy@shop.example")));
            RenewalLink link = new RenewalLink(
                    7,
                    "cust-1",
                    "clv-profiling",
                    "pi-1",
                    "https://privacy.shop.example/privacy/link/djF8abc.sig",
                    Instant.parse("2026-12-31T00:00:00Z"),
                    Instant.parse("2026-12-01T06:00:00Z"),
                    null,
                    null);

            sender.send(link, "ada@example.org");

            assertThat(smtp.received()).singleElement().satisfies(message -> {
                assertThat(message.from()).isEqualTo("<privacy@shop.example>");
                assertThat(message.to()).containsExactly("<ada@example.org>");
                assertThat(message.data())
                        .contains("Subject: Please renew your consent")
                        .contains("https://privacy.shop.example/privacy/link/djF8abc.sig")
                        .contains("2026-12-31");
            });
            assertThat(sender.name()).isEqualTo("smtp");
        }
    }
}
