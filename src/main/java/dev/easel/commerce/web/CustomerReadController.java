package dev.easel.commerce.web;

import dev.easel.commerce.CustomerNotFoundException;
import dev.easel.commerce.Customers;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a customer by pseudonymous key. Compliance officers and admins see contact data in full (they answer
 * data-subject requests); analysts and ingestion clients see it masked; analysts see no source-system ids either.
 */
@RestController
class CustomerReadController {

    private static final Set<String> FULL_CONTACT = Set.of("ROLE_COMPLIANCE", "ROLE_ADMIN");
    private static final Set<String> SOURCE_IDS = Set.of("ROLE_COMPLIANCE", "ROLE_ADMIN", "ROLE_INGEST");

    private final Customers customers;

    CustomerReadController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/api/customers/{customerKey}")
    @PreAuthorize("hasAnyRole('ANALYST','COMPLIANCE','ADMIN','INGEST')")
    public CustomerView customer(@PathVariable String customerKey, Authentication reader) {
        Set<String> roles = reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return customers
                .find(customerKey)
                .map(customer -> CustomerView.of(
                        customer,
                        roles.stream().anyMatch(FULL_CONTACT::contains),
                        roles.stream().anyMatch(SOURCE_IDS::contains)))
                .orElseThrow(() -> new CustomerNotFoundException(customerKey));
    }
}
