package io.livecopilot.script.realize;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.script.Style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase bank: templates by slot and style (TSV {@code slot, style, template}; style {@code *} fits any), read
 * from the jar, plus phrases learned from the user's own scripts ({@link #withLearned}).
 */
public final class PhraseBank {
    private static volatile PhraseBank builtin;

    private final Map<String, Map<String, List<String>>> slots;

    private PhraseBank(Map<String, Map<String, List<String>>> slots) {
        this.slots = slots;
    }

    /** The bank shipped in the jar (loaded once). */
    public static PhraseBank builtin() {
        PhraseBank b = builtin;
        if (b == null) {
            synchronized (PhraseBank.class) {
                if (builtin == null) builtin = load();
                b = builtin;
            }
        }
        return b;
    }

    private static PhraseBank load() {
        Map<String, Map<String, List<String>>> slots = new HashMap<>();
        try (InputStream in = PhraseBank.class.getResourceAsStream("/io/livecopilot/script/phrases.tsv")) {
            if (in == null) throw LiveCopilotException.internal("phrase bank resource missing", null);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length != 3) throw LiveCopilotException.internal("phrases.tsv:" + no + ": needs slot<TAB>style<TAB>template", null);
                slots.computeIfAbsent(c[0], k -> new HashMap<>()).computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2]);
            }
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read the phrase bank: " + e.getMessage(), e);
        }
        return new PhraseBank(slots);
    }

    /** This bank with learned templates added to their slots (style-free). */
    public PhraseBank withLearned(Map<String, List<String>> learned) {
        if (learned == null || learned.isEmpty()) return this;
        Map<String, Map<String, List<String>>> copy = new HashMap<>();
        slots.forEach((k, v) -> {
            Map<String, List<String>> m = new HashMap<>();
            v.forEach((s, l) -> m.put(s, new ArrayList<>(l)));
            copy.put(k, m);
        });
        learned.forEach((slot, list) -> copy.computeIfAbsent(slot, k -> new HashMap<>()).computeIfAbsent("learned", k -> new ArrayList<>()).addAll(list));
        return new PhraseBank(copy);
    }

    /** The templates of a slot for a style: the style's own, the shared ones, and learned ones. */
    public List<String> templates(String slot, Style style) {
        Map<String, List<String>> m = slots.get(slot);
        if (m == null) return List.of();
        List<String> out = new ArrayList<>();
        out.addAll(m.getOrDefault(style.chinese(), List.of()));
        out.addAll(m.getOrDefault("*", List.of()));
        out.addAll(m.getOrDefault("learned", List.of()));
        return out;
    }

    /** Learned templates of a slot only. */
    public List<String> learned(String slot) {
        Map<String, List<String>> m = slots.get(slot);
        return m == null ? List.of() : m.getOrDefault("learned", List.of());
    }

    /** Every slot name. */
    public java.util.Set<String> slotNames() {
        return slots.keySet();
    }
}
