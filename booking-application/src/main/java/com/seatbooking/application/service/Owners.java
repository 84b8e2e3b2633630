package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.HoldRules;

/** Names a booking's owner for its reader: the actor itself needs no lookup, an admin reading someone else's does. */
final class Owners {

    private final AccountRepository accounts;
    private final HoldRules holdRules;

    Owners(AccountRepository accounts, HoldRules holdRules) {
        this.accounts = accounts;
        this.holdRules = holdRules;
    }

    BookingDetails details(Booking booking, Actor actor) {
        if (booking.owner() == null) {
            return new BookingDetails(booking, null, holdRules);
        }
        if (booking.isOwnedBy(actor.id())) {
            return new BookingDetails(booking, actor.username(), holdRules);
        }
        return new BookingDetails(booking, accounts.findById(booking.owner()).map(Account::username).orElse(null), holdRules);
    }
}
