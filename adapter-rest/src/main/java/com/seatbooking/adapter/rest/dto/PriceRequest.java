package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.LayoutDraft.PriceDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A price: a decimal string with at most two decimals and a currency code (one currency per show)")
public record PriceRequest(
        @Schema(required = true, description = "0 to 1000000, at most two decimals, as a string", example = "45.00") String amount,
        @Schema(required = true, description = "ISO 4217 code, three capital letters", example = "EUR") String currency) {

    PriceDraft draft() {
        return new PriceDraft(amount, currency);
    }
}
