package io.livecopilot.core.catalog;

/**
 * One row of a size chart: the size label and the height (cm) and weight (kg) ranges it fits, bounds inclusive;
 * a range may be {@code null} when the chart does not give it.
 */
public record SizeRow(String size, Integer heightMin, Integer heightMax, Double weightMin, Double weightMax) {

    /** Whether this row fits the viewer; an unknown measure fits any row. */
    public boolean fits(Integer heightCm, Double weightKg) {
        boolean h = heightCm == null || heightMin == null || (heightCm >= heightMin && heightCm <= heightMax);
        boolean w = weightKg == null || weightMin == null || (weightKg >= weightMin && weightKg <= weightMax);
        return h && w;
    }
}
