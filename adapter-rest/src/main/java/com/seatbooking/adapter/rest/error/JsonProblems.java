package com.seatbooking.adapter.rest.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.seatbooking.adapter.rest.dto.ProblemViolation;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns what Jackson says about a bad body into words for the client, without Java class names. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** A violation naming the offending field, or null if the body is not JSON at all. */
    static ProblemViolation violation(JsonProcessingException failure) {
        if (!(failure instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            if (failure instanceof MismatchedInputException mismatch) {
                return new ProblemViolation("body", "must be " + expected(mismatch.getTargetType()));
            }
            return null;
        }
        String field = path(mapping.getPath());
        if (failure instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return new ProblemViolation(field, "is not a field of this request; known fields: "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (failure instanceof MismatchedInputException mismatch) {
            String shown = failure instanceof InvalidFormatException format && format.getValue() != null
                    ? ", got " + quoted(format.getValue()) : "";
            return new ProblemViolation(field, "must be " + expected(mismatch.getTargetType()) + shown);
        }
        if (failure.getCause() instanceof InputCoercionException) {
            return new ProblemViolation(field, "is out of range");
        }
        return new ProblemViolation(field, "has a value that cannot be read: " + shortened(failure.getOriginalMessage()));
    }

    static String malformedDetail(JsonProcessingException failure) {
        JsonLocation where = failure.getLocation();
        String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "The body is not valid JSON" + at + ": " + shortened(failure.getOriginalMessage());
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with an offset, such as 2027-03-14T19:30:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String quoted(Object value) {
        String text = shortened(String.valueOf(value));
        return value instanceof String ? "\"" + text + "\"" : text;
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
