package io.driftwatch.history;

/**
 * Text fitted to the column that stores it. The widths are named on the entities, next to their fields, and match
 * the migrations' {@code varchar} sizes.
 */
public final class Columns {

    private Columns() {
    }

    /** The value cut to {@code width} characters; null stays null. */
    public static String fit(String value, int width) {
        return value == null || value.length() <= width ? value : value.substring(0, width);
    }
}
