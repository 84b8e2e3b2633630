package com.seatbooking.adapter.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "accounts")
class AccountEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 64, updatable = false)
    String username;

    @Column(name = "display_name", nullable = false, length = 100)
    String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    String[] roles;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
