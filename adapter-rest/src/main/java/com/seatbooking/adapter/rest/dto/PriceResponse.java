package com.seatbooking.adapter.rest.dto;

import com.seatbooking.domain.venue.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A price: a decimal string with two decimals and a currency code")
public record PriceResponse(
        @Schema(required = true, example = "45.00") String amount,
        @Schema(required = true, example = "EUR") String currency) {

    public static PriceResponse from(Money money) {
        return money == null ? null : new PriceResponse(money.amountText(), money.currency());
    }
}
