package dev.easel.privacy.centre;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the renewal link by email through the SMTP server in {@code spring.mail.*}; on when easel.privacy.mail.enabled. */
@Component
@ConditionalOnProperty(name = "easel.privacy.mail.enabled", havingValue = "true")
class SmtpRenewalSender implements RenewalSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpRenewalSender(JavaMailSender mail, PrivacyProperties properties) {
        this.mail = mail;
        this.from = properties.mail().from();
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void send(RenewalLink link, String address) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject("Please renew your consent");
        message.setText(
                """
                Some time ago you agreed that we may use your purchase history (%s). That consent ends on %s.

                To keep it, or to change your mind, open this link (valid until then):
                %s

                If you do nothing, we stop using your data for this purpose when it ends.
                """.formatted(link.purpose(), link.expiresAt().toString().substring(0, 10), link.link()));
        mail.send(message);
    }
}
