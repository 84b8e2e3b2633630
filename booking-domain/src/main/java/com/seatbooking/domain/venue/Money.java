package com.seatbooking.domain.venue;

import com.seatbooking.domain.InvariantViolation;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A price: an amount with two decimals in one currency (an ISO 4217 code). Amounts are exact
 * decimals, never floating point, so totals add up to the cent.
 */
public record Money(BigDecimal amount, String currency) {

    /** Up to a million, with at most two decimals, as a client sends it: "45", "45.5", "45.00". */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX = new BigDecimal("1000000.00");

    public Money {
        if (amount == null) {
            throw new InvariantViolation("amount", "is required");
        }
        if (currency == null) {
            throw new InvariantViolation("currency", "is required");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvariantViolation("currency", "must be a currency code of three capital letters (ISO 4217, e.g. EUR), got " + currency);
        }
        if (amount.signum() < 0) {
            throw new InvariantViolation("amount", "must not be negative, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvariantViolation("amount", "has at most two decimals, got " + amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvariantViolation("amount", "must be at most " + MAX.toPlainString() + ", got " + amount.toPlainString());
        }
        amount = amount.setScale(2);
    }

    /** A price as a client writes it: a decimal string such as "45.00" and a currency code. */
    public static Money parse(String amount, String currency) {
        if (amount == null) {
            throw new InvariantViolation("amount", "is required");
        }
        if (!AMOUNT.matcher(amount).matches()) {
            throw new InvariantViolation("amount", "must be a decimal string with at most two decimals, such as \"45.00\", got \"" + amount + "\"");
        }
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount as two-decimal text, e.g. "45.00". */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}
