package io.livecopilot.script;

import io.livecopilot.script.realize.SentenceLedger;
import org.junit.jupiter.api.Test;

import java.util.*;

class OverlapProbe {
    @Test
    void probe() throws Exception {
        Script a = ScriptStudioTest.generate(120, 1, Style.ENERGETIC);
        Script b = ScriptStudioTest.generate(120, 2, Style.ENERGETIC);
        Set<String> kb = new HashSet<>();
        for (Segment s : b.segments()) for (String x : SentenceLedger.sentences(s.text())) kb.add(SentenceLedger.key(x));
        StringBuilder sb = new StringBuilder();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Segment s : a.segments()) for (String x : SentenceLedger.sentences(s.text())) {
            int[] c = byKind.computeIfAbsent(s.kind().wire(), k -> new int[2]);
            c[1]++;
            if (kb.contains(SentenceLedger.key(x))) { c[0]++; sb.append(s.kind().wire()).append(": ").append(x).append('\n'); }
        }
        for (var e : byKind.entrySet()) sb.insert(0, e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1] + "\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/overlap.txt"), sb.toString());
    }
}
