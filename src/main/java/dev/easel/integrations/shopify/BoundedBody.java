package dev.easel.integrations.shopify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Reads a webhook body into memory only up to a limit, feeding the signature check as it goes. A declared length
 * beyond the limit is refused before a byte is read; an undeclared (chunked) body is refused as soon as it passes it.
 */
final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {}

    static byte[] read(InputStream in, long declaredLength, long limit, ShopifySignature.Check check)
            throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream body =
                new ByteArrayOutputStream((int) Math.min(declaredLength > 0 ? declaredLength : CHUNK, limit));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int read; (read = in.read(chunk)) != -1; ) {
            total += read;
            if (total > limit) {
                throw tooLarge(limit);
            }
            check.update(chunk, 0, read);
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    private static ErrorResponseException tooLarge(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "A Shopify delivery may be at most " + limit + " bytes (easel.integrations.shopify.max-body-size); "
                        + "nothing was read or stored.");
        problem.setTitle("Body too large");
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
    }
}
