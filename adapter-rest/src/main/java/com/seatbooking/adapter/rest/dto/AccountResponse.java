package com.seatbooking.adapter.rest.dto;

import com.seatbooking.adapter.rest.auth.Tokens;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.Role;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account, as its owner sees it")
public record AccountResponse(
        @Schema(required = true, description = "As it was typed when registering", example = "alice") String username,
        @Schema(required = true, example = "Alice Liddell") String displayName,
        @Schema(required = true, description = "customer, admin", example = "[\"customer\"]") List<String> roles) {

    public static AccountResponse from(Account account) {
        return new AccountResponse(account.username().value(), account.displayName().value(), roles(account.roles()));
    }

    public static AccountResponse from(Actor actor) {
        return new AccountResponse(actor.username().value(), actor.displayName().value(), roles(actor.roles()));
    }

    private static List<String> roles(Set<Role> roles) {
        return roles.stream().sorted().map(Tokens::roleName).toList();
    }
}
