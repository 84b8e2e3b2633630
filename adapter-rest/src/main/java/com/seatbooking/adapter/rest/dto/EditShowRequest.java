package com.seatbooking.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON merge patch (RFC 7396) of a show: the members present are changed, the others stay. Kept as
 * a mutable bean so that a member sent as null ("startTime": null, which a merge patch reads as
 * "remove", and a show cannot be without) is told apart from one not sent.
 */
@Schema(name = "EditShowRequest", description = "Changes to a show: any of name, startTime, totalSeats (the others stay as they are). "
        + "totalSeats only while nothing of the show was ever booked.")
public class EditShowRequest {

    @Schema(description = "The new name, 1 to 200 characters", example = "Swan Lake (matinee)")
    private String name;
    @Schema(format = "date-time", description = "The new start time; must lie in the future", example = "2027-03-14T15:00:00Z")
    private Instant startTime;
    @Schema(description = "The new number of seats, 1 to 100000; only while nothing was ever booked", example = "150")
    private Integer totalSeats;

    @JsonIgnore
    private boolean nameGiven;
    @JsonIgnore
    private boolean startTimeGiven;
    @JsonIgnore
    private boolean totalSeatsGiven;

    public String getName() {
        return name;
    }

    @JsonSetter("name")
    public void setName(String name) {
        this.name = name;
        this.nameGiven = true;
    }

    public Instant getStartTime() {
        return startTime;
    }

    @JsonSetter("startTime")
    public void setStartTime(Instant startTime) {
        this.startTime = startTime;
        this.startTimeGiven = true;
    }

    public Integer getTotalSeats() {
        return totalSeats;
    }

    @JsonSetter("totalSeats")
    public void setTotalSeats(Integer totalSeats) {
        this.totalSeats = totalSeats;
        this.totalSeatsGiven = true;
    }

    @JsonIgnore
    public boolean nameGiven() {
        return nameGiven;
    }

    @JsonIgnore
    public boolean startTimeGiven() {
        return startTimeGiven;
    }

    @JsonIgnore
    public boolean totalSeatsGiven() {
        return totalSeatsGiven;
    }
}
