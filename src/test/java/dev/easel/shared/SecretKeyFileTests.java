package dev.easel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTests {

    @TempDir
    Path folder;

    @Test
    void aNewKeyFileIsReadableByItsOwnerOnlyAndTheSameKeyIsReadBack() throws IOException {
        Path file = folder.resolve("keys").resolve("personal-data.key");

        byte[] created = SecretKeyFile.load(file, true, "personal data");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(created).hasSizeGreaterThanOrEqualTo(32);
        assertThat(SecretKeyFile.load(file, false, "personal data")).isEqualTo(created);
    }
}
