package io.livecopilot.assistant;

/**
 * The same question asked by many viewers in the recent window: its intent, the product (or {@code null} for the
 * shop), how many viewers asked and a representative text.
 */
public record QuestionGroup(String intent, String product, int count, String example) {
    /** The line the host reads: "37 人在问新疆包邮吗". */
    public String headline() {
        return count + " 人在问" + example;
    }
}
