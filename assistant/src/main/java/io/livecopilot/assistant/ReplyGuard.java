package io.livecopilot.assistant;

import io.livecopilot.llm.DraftGuard;
import io.livecopilot.llm.GroundedPrompt;

/**
 * Checks a model's wording of a reply against the draft composed from catalog facts: every number must be one the
 * draft states, every promise word (包邮, 有货, 送, 无理由 …) must be in the draft, every key fact of the draft must be
 * kept, and no contact, link, markup or configuration talk may appear, nor a Latin word or a run of Chinese numerals
 * the draft does not have (an account name, a number spelled out). Nor may it show the prompt's rules, repeat
 * {@value #ECHO} characters in a row of the viewer's comment that the draft does not say, or run much longer than the
 * prompt asks. A reply that fails is replaced by the draft. The draft comparison (numbers, Latin words, contacts,
 * promise words, the prompt's rules) is the llm module's {@link DraftGuard#REPLY}, shared with the script studio.
 */
final class ReplyGuard {
    /** The length the prompt asks for (GroundedPrompt: at most 80 characters) … */
    static final int ASKED_CHARS = 80;
    /** … and how far past it (or past a longer draft) a wording may go. */
    static final int SLACK_CHARS = 20;
    /** Characters in a row of the comment that a wording may not repeat unless the draft does. */
    static final int ECHO = 4;

    private ReplyGuard() {}

    /**
     * Whether {@code text} may be sent in place of {@code draft}, the answer to {@code comment}. The checks read the
     * text and the draft in NFKC form, so that full-width digits and letters ("１元", "ａｂｃ") count as the numbers and
     * words they are.
     */
    static boolean passes(String text, Draft draft, String comment) {
        if (text == null || text.isBlank() || draft.text() == null) return false;
        String d = nfkc(draft.text());
        text = nfkc(text);
        if (text.length() > Math.max(ASKED_CHARS, d.length()) + SLACK_CHARS) return false;
        if (GroundedPrompt.repeatsPrompt(text) || echoes(text, d, comment)) return false;
        if (SafetyScreen.longNumber(text)) return false;
        if (!DraftGuard.REPLY.passes(text, d)) return false;
        if (d.contains("不包邮") && text.replace("不包邮", "").contains("包邮")) return false;
        if (d.contains("不发货") && !text.contains("不发货")) return false;
        for (String k : draft.keyFacts()) if (!text.contains(nfkc(k))) return false;
        return true;
    }

    private static String nfkc(String s) {
        return DraftGuard.nfkc(s);
    }

    /** Whether {@code text} repeats {@link #ECHO} characters in a row of the comment (spaces aside) that {@code draft} does not. */
    static boolean echoes(String text, String draft, String comment) {
        if (comment == null) return false;
        String c = comment.replaceAll("\\s+", "");
        String t = text.replaceAll("\\s+", "");
        for (int i = 0; i + ECHO <= c.length(); i++) {
            String run = c.substring(i, i + ECHO);
            if (t.contains(run) && !draft.contains(run)) return true;
        }
        return false;
    }
}
