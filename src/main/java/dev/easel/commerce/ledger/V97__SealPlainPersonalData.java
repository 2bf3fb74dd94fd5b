package dev.easel.commerce.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the contact details that databases from before crypto-shredding hold in plain text (customer_personal_data)
 * into customer_contacts, each customer under a new data key; V98 then drops the plain table. A bean, because it needs
 * the master key: Spring Boot hands every JavaMigration bean to Flyway.
 */
@Component
class V97__SealPlainPersonalData extends BaseJavaMigration {

    private final PersonalDataCipher cipher;

    V97__SealPlainPersonalData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet plain = select.executeQuery("select customer_id, email, email_normalised, full_name, "
                        + "address_line, city, postal_code, updated_at from customer_personal_data");
                PreparedStatement key = connection.prepareStatement(
                        "insert into customer_data_keys (customer_id, wrapped_key, created_at) values (?, ?, ?)");
                PreparedStatement contact = connection.prepareStatement("insert into customer_contacts "
                        + "(customer_id, email_lookup, sealed, updated_at) values (?, ?, ?, ?)")) {
            while (plain.next()) {
                long customerId = plain.getLong(1);
                OffsetDateTime updatedAt = plain.getObject(8, OffsetDateTime.class);
                CustomerState state = new CustomerState(
                        null,
                        null,
                        null,
                        null,
                        plain.getString(2),
                        plain.getString(3),
                        plain.getString(4),
                        plain.getString(5),
                        plain.getString(6),
                        plain.getString(7));
                byte[] dataKey = cipher.newDataKey();
                key.setLong(1, customerId);
                key.setString(2, cipher.wrap(dataKey, customerId));
                key.setObject(3, updatedAt);
                key.executeUpdate();
                contact.setLong(1, customerId);
                contact.setString(2, cipher.emailLookup(state.emailNormalised()));
                contact.setString(3, cipher.seal(dataKey, customerId, PersonalDataStore.sealedText(state)));
                contact.setObject(4, updatedAt);
                contact.executeUpdate();
            }
        }
    }
}
