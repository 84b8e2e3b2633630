package com.seatbooking.application.port.out;

import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.PasswordHash;

/** A slow, salted one-way hash for passwords (bcrypt or the like), from a well-kept library. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether {@code candidate} is the password {@code hash} was made from; takes as long as {@link #hash}. */
    boolean matches(String candidate, PasswordHash hash);
}
