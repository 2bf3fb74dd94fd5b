package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class BoundedBodyTests {

    private static final long LIMIT = 1024 * 1024;
    private static final long GIGABYTE = 1024L * 1024 * 1024;

    private final ShopifySignature signature = new ShopifySignature("s3cret", null);

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedBeforeAByteIsRead() {
        Zeros body = new Zeros(GIGABYTE);

        assertThatThrownBy(() -> BoundedBody.read(body, GIGABYTE, LIMIT, signature.start()))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThat(body.read).isZero();
    }

    @Test
    void anUndeclaredGigabyteIsRefusedOnceItPassesTheLimit() {
        Zeros body = new Zeros(GIGABYTE);

        assertThatThrownBy(() -> BoundedBody.read(body, -1, LIMIT, signature.start()))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThat(body.read).as("bytes read of a 1 GiB body").isLessThanOrEqualTo(LIMIT + 8192);
    }

    @Test
    void theSignatureComputedWhileStreamingIsTheOneOverTheWholeBody() throws IOException {
        byte[] payload =
                "{\"id\": 1, \"note\": \"streamed in chunks\"}".repeat(500).getBytes(StandardCharsets.UTF_8);
        String header = ShopifySignatureTests.sign("s3cret", payload);
        ShopifySignature.Check check = signature.start();

        byte[] read = BoundedBody.read(new ByteArrayInputStream(payload), payload.length, LIMIT, check);

        assertThat(read).isEqualTo(payload);
        assertThat(check.matches(header)).isTrue();
        assertThat(signature.start().matches(header)).as("over no body").isFalse();
    }

    /** A body of zeros produced as it is read, counting what was taken. */
    private static final class Zeros extends InputStream {

        private final long size;
        private long read;

        Zeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
