package com.seatbooking.adapter.rest.auth;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that needs to know who asks: {@link Authentication} establishes the actor
 * before the request body is even read (401 without valid credentials, 403 for a cookie-borne
 * write without its CSRF token). What the actor may then do is for the use case to decide.
 * Operations without it never look at credentials at all.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {
}
