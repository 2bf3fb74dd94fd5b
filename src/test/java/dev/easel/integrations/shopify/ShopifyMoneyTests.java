package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShopifyMoneyTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsLegacyStringsAndNumbers() throws Exception {
        FieldProblems problems = new FieldProblems();
        JsonNode node = json.readTree("{\"a\": \"409.94\", \"b\": 12.5, \"c\": null}");

        assertThat(ShopifyMoney.amount(node, "a", "USD", "a", problems)).contains(new BigDecimal("409.94"));
        assertThat(ShopifyMoney.amount(node, "b", "USD", "b", problems)).contains(new BigDecimal("12.5"));
        assertThat(ShopifyMoney.amount(node, "c", "USD", "c", problems)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void readsTheShopMoneyOfASetBagAndIgnoresPresentmentMoney() throws Exception {
        FieldProblems problems = new FieldProblems();
        JsonNode node = json.readTree("""
                {"total_price_set": {"shop_money": {"amount": "598.94", "currency_code": "USD"},
                                     "presentment_money": {"amount": "551.02", "currency_code": "EUR"}}}
                """);

        assertThat(ShopifyMoney.amount(node, "total_price", "USD", "total_price", problems))
                .contains(new BigDecimal("598.94"));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void namesTheFieldWhenTheStringAndTheBagDisagreeOrTheBagIsInAnotherCurrency() throws Exception {
        FieldProblems problems = new FieldProblems();
        JsonNode node = json.readTree("""
                {"total_price": "10.00", "total_price_set": {"shop_money": {"amount": "12.00", "currency_code": "USD"}},
                 "total_tax_set": {"shop_money": {"amount": "1.00", "currency_code": "CAD"}},
                 "price": "ten"}
                """);

        assertThat(ShopifyMoney.amount(node, "total_price", "USD", "total_price", problems))
                .isEmpty();
        assertThat(ShopifyMoney.amount(node, "total_tax", "USD", "total_tax", problems))
                .isEmpty();
        assertThat(ShopifyMoney.amount(node, "price", "USD", "price", problems)).isEmpty();
        assertThat(problems.list())
                .extracting("field")
                .containsExactly("total_price", "total_tax_set.shop_money.currency_code", "price");
    }

    @Test
    void spreadsAnUnallocatedOrderDiscountOverTheLinesSoTheLedgerBooksTheSubtotal() throws Exception {
        JsonNode order = json.readTree("""
                {"id": 1, "currency": "EUR", "created_at": "2026-05-01T10:00:00+02:00",
                 "customer": {"id": 7, "email": "a@example.com", "default_address": {"country_code": "DE"}},
                 "line_items": [{"id": 11, "sku": "ACR-1", "title": "Acrylic paint set", "price": "30.00", "quantity": 2},
                                {"id": 12, "sku": "BR-1", "title": "Round brush", "price_set":
                                    {"shop_money": {"amount": "40.00", "currency_code": "EUR"}}, "quantity": 1}],
                 "total_line_items_price": "100.00", "total_discounts": "10.00", "subtotal_price": "90.00",
                 "total_tax": "17.10", "shipping_lines": [{"price": "4.90"}], "total_price": "112.00"}
                """);

        OrderRequest request = ShopifyOrderMapper.map(order, "easel").order();

        assertThat(request.orderId()).isEqualTo("shopify:1");
        assertThat(request.channel()).isEqualTo("SHOPIFY");
        assertThat(request.lines())
                .extracting(OrderRequest.Line::discount)
                .containsExactly(new BigDecimal("6.00"), new BigDecimal("4.00"));
        assertThat(request.lines()).extracting(OrderRequest.Line::category).containsExactly("PAINTS", "BRUSHES");
    }

    @Test
    void refusesAnOrderWhoseLinesDoNotAddUpToItsStatedTotals() throws Exception {
        JsonNode order = json.readTree("""
                {"id": 2, "currency": "USD", "created_at": "2026-05-01T10:00:00Z",
                 "customer": {"id": 7, "default_address": {"country_code": "US"}},
                 "line_items": [{"id": 21, "price": "199.00", "quantity": 3}],
                 "total_line_items_price": "398.00", "total_price": "409.94", "total_tax": "11.94"}
                """);

        assertThatThrownBy(() -> ShopifyOrderMapper.map(order, "easel"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting("field")
                                .contains("total_line_items_price"));
    }
}
