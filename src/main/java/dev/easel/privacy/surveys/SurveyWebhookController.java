package dev.easel.privacy.surveys;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey tools post their answers here, signed: {@code X-Easel-Signature: sha256=<hex HMAC-SHA256 of the body>} with
 * the configured secret. A bad or missing signature is 401 and nothing is read. Every signed delivery gets the same
 * 202, whether Easel knows the respondent or not, so the answer tells a sender nothing about who is a customer.
 */
@RestController
class SurveyWebhookController {

    static final String SIGNATURE = "X-Easel-Signature";

    private final SurveyAnswers answers;
    private final byte[] secret;

    SurveyWebhookController(SurveyAnswers answers, @Value("${easel.privacy.survey-secret}") String secret) {
        this.answers = answers;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/webhooks/surveys/{tool}", consumes = "application/json")
    ResponseEntity<Map<String, Object>> receive(
            @PathVariable String tool,
            @RequestBody byte[] body,
            @RequestHeader(name = SIGNATURE, required = false) String signature) {
        if (!genuine(body, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of(
                            "title",
                            "Unauthorized",
                            "detail",
                            "The " + SIGNATURE + " header does not match " + "the body."));
        }
        SurveyAnswers.Outcome outcome = answers.receive(tool, body);
        if (outcome == SurveyAnswers.Outcome.UNREADABLE) {
            return ResponseEntity.badRequest()
                    .body(Map.of(
                            "title",
                            "Bad Request",
                            "detail",
                            "The delivery is not JSON with the respondent, question and answer where " + tool
                                    + "'s mapping in notices/surveys.map says."));
        }
        return ResponseEntity.accepted().body(Map.of("received", true));
    }

    private boolean genuine(byte[] body, String signature) {
        if (signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of()
                    .parseHex(signature.substring("sha256=".length()).strip());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException notHex) {
            return false;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
