package com.seatbooking.adapter.rest;

/** How an edit of a show says which version it is based on: If-Match with the ETag of GET /shows/{id}. */
final class EditShowRequests {

    /** RFC 7396. */
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private EditShowRequests() {
    }

    /**
     * The show version an If-Match header names: the part before the dot of its (first) entity tag,
     * weak or strong ({@code W/"7.8f3a..."} -> 7). Null when there is none (or only {@code *}, which
     * names no version); -1 for a tag this API did not hand out, which matches no version.
     */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.split(",")[0].trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        int dot = tag.indexOf('.');
        String version = dot < 0 ? tag : tag.substring(0, dot);
        try {
            long parsed = Long.parseLong(version);
            return parsed < 0 ? -1L : parsed;
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
