package dev.easel.shared;

import java.io.File;
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

    private SecretKeyFile() {}

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
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            createReadableByOwnerOnly(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(
                file,
                Base64.getEncoder().encodeToString(key) + "\n",
                StandardCharsets.US_ASCII,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The file is closed to others before the key goes into it, so there is no moment it can be read by them. */
    private static void createReadableByOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(file);
        File plain = file.toFile();
        boolean ownerOnly = plain.setReadable(false, false)
                && plain.setReadable(true, true)
                && plain.setWritable(false, false)
                && plain.setWritable(true, true);
        if (!ownerOnly) {
            Files.delete(file);
            throw new IOException("Cannot make the key file " + file.toAbsolutePath() + " readable by its owner only");
        }
    }
}
