package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.show.Show;

final class ShowMapper {

    private ShowMapper() {
    }

    static ShowEntity toEntity(Show show) {
        ShowEntity entity = new ShowEntity();
        entity.id = show.id().value();
        entity.name = show.name().value();
        entity.startTime = show.startTime();
        entity.totalSeats = show.totalSeats();
        entity.maxSeatsPerCustomer = show.maxSeatsPerCustomer().orElse(null);
        entity.status = show.status().name();
        entity.cancelledAt = show.cancelledAt().orElse(null);
        entity.version = show.version();
        entity.searchName = show.name().searchKey();
        return entity;
    }
}
