package com.seatbooking.adapter.rest.error;

import com.seatbooking.adapter.rest.AuthResource;
import com.seatbooking.adapter.rest.BookingResource;
import com.seatbooking.adapter.rest.HealthResource;
import com.seatbooking.adapter.rest.MeResource;
import com.seatbooking.adapter.rest.ShowBookingsResource;
import com.seatbooking.adapter.rest.ShowCancellationResource;
import com.seatbooking.adapter.rest.ShowEventsResource;
import com.seatbooking.adapter.rest.ShowResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resources' annotations, for the
 * {@code Allow} header of a 405 (RFC 9110 requires it; the framework's 405 has none). A test checks
 * that every resource class is listed here.
 */
public final class AllowedMethods {

    /** Every class with a JAX-RS {@code @Path}. */
    public static final List<Class<?>> RESOURCES = List.of(AuthResource.class, BookingResource.class, HealthResource.class, MeResource.class,
            ShowBookingsResource.class, ShowCancellationResource.class, ShowEventsResource.class, ShowResource.class);

    private static final Map<Pattern, Set<String>> METHODS = read();

    private AllowedMethods() {
    }

    /** The methods answered at {@code path}, comma-separated (empty when none is known). */
    public static String on(String path) {
        Set<String> allowed = new TreeSet<>();
        METHODS.forEach((template, methods) -> {
            if (template.matcher(path).matches()) {
                allowed.addAll(methods);
            }
        });
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return String.join(", ", allowed);
    }

    private static Map<Pattern, Set<String>> read() {
        Map<Pattern, Set<String>> methods = new LinkedHashMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                methods.computeIfAbsent(template(join(base, sub == null ? "" : sub.value())), key -> new TreeSet<>()).add(verb);
            }
        }
        // one Pattern per template: merge equal templates
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        methods.forEach((pattern, verbs) -> merged.computeIfAbsent(pattern.pattern(), key -> new TreeSet<>()).addAll(verbs));
        Map<Pattern, Set<String>> result = new LinkedHashMap<>();
        merged.forEach((pattern, verbs) -> result.put(Pattern.compile(pattern), verbs));
        return result;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** /shows/{showId}/bookings -> ^/shows/[^/]+/bookings/?$ */
    private static Pattern template(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            parts.add(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(String.join("/", parts) + "/?");
    }
}
