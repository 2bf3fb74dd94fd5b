package dev.easel.integrations.mapping;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Records a customer from an outside system. Such systems often omit the jurisdiction the ledger needs; for a customer
 * Easel already knows, what it knows stands in.
 */
@Component
public class LedgerCustomers {

    private final Customers customers;

    LedgerCustomers(Customers customers) {
        this.customers = customers;
    }

    /**
     * @param countryField how the sender names the missing country, for the error when the customer is new
     * @return the customer's pseudonymous key
     */
    public String record(CustomerRequest request, String countryField) {
        CustomerRequest complete = request;
        if (blank(request.country()) || blank(request.type())) {
            CustomerDetails known = known(request.customerId());
            if (known == null && blank(request.country())) {
                throw new InvalidRequestException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "Easel does not know this customer yet and cannot create them without a country.",
                        List.of(FieldProblem.of(countryField, "is required to create a customer")));
            }
            complete = new CustomerRequest(
                    request.customerId(),
                    blank(request.type()) ? (known == null ? "INDIVIDUAL" : known.type()) : request.type(),
                    blank(request.country()) ? known.country() : request.country(),
                    blank(request.country()) ? known.region() : request.region(),
                    request.birthYear(),
                    request.email(),
                    request.name(),
                    request.addressLine(),
                    request.city(),
                    request.postalCode(),
                    request.channel());
        }
        return customers.record(complete).customerKey();
    }

    /** The key of a customer by source id, or null when Easel does not know them. */
    public String keyOf(String customerId) {
        return customers.keysBySourceIds(List.of(customerId)).get(customerId);
    }

    private CustomerDetails known(String customerId) {
        String key = keyOf(customerId);
        return key == null ? null : customers.find(key).orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
