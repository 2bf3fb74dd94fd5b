package dev.easel.privacy.centre;

import dev.easel.consent.Purpose;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded default's demo shop checkout: plays the shop's back end (asks for a checkout token for the signed-in
 * shopper, here a demo customer) and shows {@code <easel-consent>} inside an order form. Off under postgres.
 */
@Controller
@ConditionalOnProperty(name = "easel.privacy.demo-checkout", havingValue = "true")
class DemoCheckoutController {

    private final PrivacyTokens tokens;
    private final PrivacyProperties properties;
    private final JdbcClient jdbc;

    DemoCheckoutController(PrivacyTokens tokens, PrivacyProperties properties, JdbcClient jdbc) {
        this.tokens = tokens;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** @param shopper the demo shopper's customer key; the first demo customer when absent */
    @GetMapping("/privacy/demo/checkout")
    String checkout(
            @RequestParam(required = false) String shopper, @RequestParam(required = false) String lang, Model model) {
        List<String> keys = shopper == null
                ? jdbc.sql("SELECT customer_key FROM customers ORDER BY customer_key LIMIT 1")
                        .query(String.class)
                        .list()
                : jdbc.sql("SELECT customer_key FROM customers WHERE customer_key = ?")
                        .param(shopper)
                        .query(String.class)
                        .list();
        model.addAttribute(
                "token",
                keys.isEmpty()
                        ? ""
                        : tokens.issue(
                                keys.get(0),
                                Set.of(Purpose.CLV_PROFILING, Purpose.MARKETING_SYNC),
                                LinkUse.CHECKOUT,
                                properties.checkoutValidity()));
        model.addAttribute("lang", lang == null ? "en" : lang);
        return "privacy/checkout";
    }
}
