package io.livecopilot.script;

import io.livecopilot.core.LiveCopilotException;

import java.util.Locale;

/** The host's speaking style: 热情 (energetic), 专业 (expert) or 亲切 (warm). */
public enum Style {
    ENERGETIC("热情", "energetic"),
    EXPERT("专业", "expert"),
    WARM("亲切", "warm");

    private final String chinese;
    private final String english;

    Style(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The Chinese name used in the phrase bank ("热情"). */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Reads a style by its Chinese or English name; a bad value is a bad-input error that lists the choices. */
    public static Style parse(String s) {
        if (s == null || s.isBlank()) return ENERGETIC;
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (Style st : values()) if (st.chinese.equals(v) || st.english.equals(v) || st.name().toLowerCase(Locale.ROOT).equals(v)) return st;
        throw LiveCopilotException.badInput("--style: must be one of 热情/energetic, 专业/expert, 亲切/warm, was \"" + s + "\"");
    }
}
