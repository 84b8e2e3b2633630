package com.seatbooking.domain;

/** Base of every rule the domain refuses to break. Adapters map subclasses to protocol errors. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
