package dev.easel.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A 256-bit secret kept in a file of its own (Base64, one line), outside the database: the key that signs the audit
 * trail's anchors, the master key of personal data. Read once at start-up; created only where the configuration
 * allows it (the embedded default), since a key that silently appears on a production host would sign or encrypt
 * with something no one kept.
 */
public final class SecretKeyFile {

    private static final int KEY_BYTES = 32;

    private SecretKeyFile() {
    }

    /** The key in {@code file}; when absent, a new random one written there if {@code create}, else an error. */
    public static byte[] load(Path file, boolean create, String purpose) {
        try {
            if (Files.notExists(file)) {
                if (!create) {
                    throw new IllegalStateException("The " + purpose + " key file " + file.toAbsolutePath()
                            + " does not exist; create it with 32 random bytes in Base64, e.g. "
                            + "`head -c 32 /dev/urandom | base64 > " + file + "`");
                }
                createKey(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("The " + purpose + " key file " + file.toAbsolutePath()
                        + " must hold at least 32 bytes in Base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + purpose + " key file " + file.toAbsolutePath(), e);
        }
    }

    private static void createKey(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }
}
