package io.livecopilot.script.realize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The sentences already said in a script, so that none is said twice (compared without spaces and punctuation). */
public final class SentenceLedger {
    private final Set<String> used = new HashSet<>();

    /** The sentences of a text: split after 。！？!?； and line breaks, trimmed, empty ones dropped. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n') {
                String s = sb.toString().strip();
                if (!key(s).isEmpty()) out.add(s);
                sb.setLength(0);
            }
        }
        String s = sb.toString().strip();
        if (!key(s).isEmpty()) out.add(s);
        return out;
    }

    /** The comparison key of a sentence: letters and digits only. */
    public static String key(String sentence) {
        StringBuilder sb = new StringBuilder(sentence.length());
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** Whether every sentence of the text is new. */
    public boolean fresh(String text) {
        List<String> ss = sentences(text);
        Set<String> local = new HashSet<>();
        for (String s : ss) {
            String k = key(s);
            if (used.contains(k) || !local.add(k)) return false;
        }
        return true;
    }

    /** Records the text's sentences as said. */
    public void add(String text) {
        for (String s : sentences(text)) used.add(key(s));
    }

    /** Takes the text if all its sentences are new; returns whether it did. */
    public boolean take(String text) {
        if (!fresh(text)) return false;
        add(text);
        return true;
    }

    /** A copy of the sentences said so far, for {@link #restore}. */
    Set<String> snapshot() {
        return new HashSet<>(used);
    }

    /** Goes back to a {@link #snapshot}: the sentences taken since are forgotten. */
    void restore(Set<String> snapshot) {
        used.clear();
        used.addAll(snapshot);
    }

    public int size() {
        return used.size();
    }
}
