package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTests {

    @TempDir
    Path folder;

    @Test
    void opensWhatItSealedAndTheSealedFormCarriesNoneOfThePlainText() {
        PersonalDataCipher cipher = cipher("master.key");
        byte[] dataKey = cipher.newDataKey();

        String sealed = cipher.seal(dataKey, 42, "{\"email\":\"ada@example.test\"}");

        assertThat(cipher.open(dataKey, 42, sealed)).isEqualTo("{\"email\":\"ada@example.test\"}");
        assertThat(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain("ada");
        assertThat(cipher.seal(dataKey, 42, "same")).isNotEqualTo(cipher.seal(dataKey, 42, "same"));
    }

    @Test
    void aDataKeyUnwrapsOnlyForItsOwnCustomerAndUnderItsOwnMasterKey() {
        PersonalDataCipher cipher = cipher("master.key");
        byte[] dataKey = cipher.newDataKey();
        String wrapped = cipher.wrap(dataKey, 7);

        assertThat(cipher.unwrap(wrapped, 7)).isEqualTo(dataKey);
        assertThatThrownBy(() -> cipher.unwrap(wrapped, 8)).hasMessageContaining("cannot be opened");
        assertThatThrownBy(() -> cipher("other.key").unwrap(wrapped, 7)).hasMessageContaining("cannot be opened");
    }

    @Test
    void sealedDetailsMovedToAnotherCustomersRowDoNotOpen() {
        PersonalDataCipher cipher = cipher("master.key");
        byte[] dataKey = cipher.newDataKey();

        String sealed = cipher.seal(dataKey, 1, "details");

        assertThatThrownBy(() -> cipher.open(dataKey, 2, sealed)).hasMessageContaining("cannot be opened");
    }

    @Test
    void looksUpAnEmailByAKeyedHashThatOnlyTheSameMasterKeyReproduces() {
        PersonalDataCipher cipher = cipher("master.key");

        assertThat(cipher.emailLookup("ada@example.test"))
                .hasSize(64)
                .isEqualTo(cipher("master.key").emailLookup("ada@example.test"))
                .isNotEqualTo(cipher.emailLookup("bob@example.test"))
                .isNotEqualTo(cipher("other.key").emailLookup("ada@example.test"));
        assertThat(cipher.emailLookup(null)).isNull();
    }

    private PersonalDataCipher cipher(String keyFile) {
        return new PersonalDataCipher(new PersonalDataProperties(folder.resolve(keyFile), true));
    }
}
