package dev.easel.clv.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How pages write amounts and shares: grouped, two decimals. Templates call {@code ${@amounts.of(x)}}. */
@Component("amounts")
class Money {

    public String of(BigDecimal amount) {
        return amount == null ? "–" : format("#,##0.00").format(amount);
    }

    public String of(Number number) {
        return number == null ? "–" : format("#,##0.00").format(number);
    }

    public String percent(Number share) {
        return share == null ? "–" : format("0.0").format(share.doubleValue() * 100) + " %";
    }

    public String range(BigDecimal from, BigDecimal to) {
        return to == null ? from.toPlainString() + "+" : from.toPlainString() + "–" + to.toPlainString();
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
