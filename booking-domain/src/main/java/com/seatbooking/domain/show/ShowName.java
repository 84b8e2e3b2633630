package com.seatbooking.domain.show;

import com.seatbooking.domain.Text;
import java.text.Normalizer;
import java.util.Locale;

/** A show's display name: trimmed, 1 to 200 characters. */
public record ShowName(String value) {

    public static final int MAX_LENGTH = 200;

    public ShowName {
        value = Text.requireTrimmed("name", value, MAX_LENGTH);
    }

    /** What a search compares names by: {@link #searchKey(String)} of this name. */
    public String searchKey() {
        return searchKey(value);
    }

    /**
     * Text as a name search compares it, ignoring case and accents: decomposed (NFKD), without its
     * combining marks, in lower case, runs of white space as one space. "Ballet Émile" and
     * "ballet emile" have the same key.
     */
    public static String searchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
