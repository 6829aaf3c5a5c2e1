package io.livecopilot.core.catalog;

/**
 * One piece of input that was refused: where it is (line number, JSON path or item index) and why.
 *
 * @param line   1-based line number in the input, or {@code null} when unknown
 * @param path   JSON path such as {@code products[3].price}, or {@code null}
 * @param reason what is wrong, naming the field, the constraint and the bad value
 */
public record Rejection(Integer line, String path, String reason) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (line != null) sb.append("line ").append(line).append(": ");
        if (path != null) sb.append(path).append(": ");
        return sb.append(reason).toString();
    }
}
