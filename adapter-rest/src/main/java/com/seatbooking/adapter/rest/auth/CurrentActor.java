package com.seatbooking.adapter.rest.auth;

import com.seatbooking.application.port.in.Actor;
import jakarta.enterprise.context.RequestScoped;

/** The actor of the current request, as {@link Authentication} established it; anonymous until then. */
@RequestScoped
public class CurrentActor {

    private Actor actor = Actor.anonymous();

    public Actor get() {
        return actor;
    }

    void set(Actor actor) {
        this.actor = actor;
    }
}
