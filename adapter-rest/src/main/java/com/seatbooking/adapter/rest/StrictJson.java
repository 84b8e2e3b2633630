package com.seatbooking.adapter.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Reads request bodies strictly: a field the request does not have (such as id, status or
 * expiresAt), 1.5 or "3" for a seat number, or trailing garbage is an error, never silently
 * coerced or ignored.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // numbers, booleans and date-times take their own JSON type only: "3" is not a seat number, 1 is not true
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.DateTime)) {
            MutableCoercionConfig coercions = mapper.coercionConfigFor(scalar);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (!isNatural(scalar, shape)) {
                    coercions.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        // text fields take text only: 123 or true is not a user name
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** A whole number is a fine decimal, and a date-time is written as text. */
    private static boolean isNatural(LogicalType type, CoercionInputShape shape) {
        return (type == LogicalType.Float && shape == CoercionInputShape.Integer)
                || (type == LogicalType.DateTime && shape == CoercionInputShape.String);
    }
}
