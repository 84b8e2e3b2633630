package com.seatbooking.adapter.postgres;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Hibernate ORM with Panache for storing new shows. */
@ApplicationScoped
class ShowEntityRepository implements PanacheRepositoryBase<ShowEntity, UUID> {
}
