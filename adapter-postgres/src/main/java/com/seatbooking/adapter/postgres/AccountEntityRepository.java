package com.seatbooking.adapter.postgres;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Hibernate ORM with Panache for storing new and changed accounts. */
@ApplicationScoped
class AccountEntityRepository implements PanacheRepositoryBase<AccountEntity, UUID> {
}
