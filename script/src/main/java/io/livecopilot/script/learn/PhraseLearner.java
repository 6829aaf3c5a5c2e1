package io.livecopilot.script.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.realize.SentenceLedger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Learns phrasing from the user's past scripts or transcripts (.txt/.md/.srt files in a directory): sentences that
 * open a session, move to the next product, call to action, or thank viewers. A sentence is kept only when it states
 * no fact of its own — no amounts or numbers (a link number becomes the {@code {link}} slot, filled per product when
 * the script is written), nothing the fact guard or the advertising-law lexicon objects to against an empty catalog —
 * so the realizer can reuse it for any product.
 */
public final class PhraseLearner {
    /** Where learned phrases live in the data directory. */
    public static final String FILE = "script/learned-phrases.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_SLOT = 300;

    private static final Pattern TIMESTAMP = Pattern.compile("^\\s*(\\[?\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?\\]?|\\d+\\s*$|\\d{2}:\\d{2}:\\d{2},\\d{3}\\s*-->.*)");
    private static final Pattern SPEAKER = Pattern.compile("^\\s*(主播|助播|场控|嘉宾|host|主持人)\\s*[:：]\\s*");
    private static final Pattern LINK = Pattern.compile("(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*号(链接)?");
    private static final Pattern OPENER = Pattern.compile("欢迎|晚上好|下午好|开播|哈喽|大家好|来了来了|刚进来");
    private static final Pattern TRANSITION = Pattern.compile("接下来|下一款|下一个|我们来看|再来看|下面这|换一款|看下一|先讲到这|告一段落");
    private static final Pattern CTA = Pattern.compile("拍|链接|下单|上车|小黄车|购物车|付款|加购");
    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|下播|明天见|下次见|拜拜");

    /** What was learned: phrases by slot, counts, and how many sentences each check refused. */
    public record Learned(Map<String, List<String>> slots, int files, int sentences, Map<String, Integer> rejected) {}

    private final FactGuard guard = new FactGuard(Catalog.EMPTY);

    /** Learns from every text file under {@code dir}. */
    public Learned learn(Path dir) {
        if (!Files.isDirectory(dir)) throw LiveCopilotException.badInput(dir + ": not a directory of past scripts or transcripts");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(txt|md|srt|text)$")).sorted().toList();
        } catch (IOException e) {
            throw LiveCopilotException.badInput(dir + ": cannot list: " + e.getMessage());
        }
        if (files.isEmpty()) throw LiveCopilotException.badInput(dir + ": has no .txt, .md or .srt files");
        Map<String, Set<String>> slots = new LinkedHashMap<>();
        for (String s : List.of("greet", "transition", "cta", "closing_thanks")) slots.put(s, new LinkedHashSet<>());
        Map<String, Integer> rejected = new LinkedHashMap<>();
        int sentences = 0;
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                rejected.merge("unreadable_file", 1, Integer::sum);
                continue;
            }
            StringBuilder clean = new StringBuilder();
            for (String line : text.split("\n")) {
                if (TIMESTAMP.matcher(line).matches() || line.isBlank() || line.startsWith("#")) continue;
                clean.append(SPEAKER.matcher(line).replaceFirst("").strip()).append('\n');
            }
            int index = 0;
            for (String s : SentenceLedger.sentences(clean.toString())) {
                sentences++;
                String slot = slotOf(s, index++);
                if (slot == null) {
                    rejected.merge("no_slot", 1, Integer::sum);
                    continue;
                }
                String template = generalize(s, slot, rejected);
                if (template != null && slots.get(slot).size() < PER_SLOT) slots.get(slot).add(template);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        slots.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new Learned(out, files.size(), sentences, rejected);
    }

    private static String slotOf(String s, int index) {
        if (s.endsWith("？") || s.endsWith("?")) return null;
        if (THANKS.matcher(s).find()) return "closing_thanks";
        if (OPENER.matcher(s).find() || index < 2 && s.length() < 30) return "greet";
        if (TRANSITION.matcher(s).find()) return "transition";
        if (CTA.matcher(s).find()) return "cta";
        return null;
    }

    /** Whether the text has a digit, or a Chinese numeral followed by a unit (三件, 五折, 十天): a fact of its own. */
    private static boolean statesANumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return true;
            if ("零一二两三四五六七八九十百千万".indexOf(c) >= 0 && i + 1 < text.length() && "元块件折号斤码天年月小个".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The sentence as a reusable template, or null when it states facts of its own or breaks a rule. */
    private String generalize(String s, String slot, Map<String, Integer> rejected) {
        String t = s.strip();
        if (t.length() < 6 || t.length() > 60) {
            rejected.merge("length", 1, Integer::sum);
            return null;
        }
        if (!guard.check(t, null).isEmpty()) {
            rejected.merge("checks", 1, Integer::sum);
            return null;
        }
        if (slot.equals("cta")) {
            Matcher m = LINK.matcher(t);
            if (m.find()) t = m.replaceAll("{link}号链接");
        }
        if (statesANumber(t.replace("{link}", ""))) {
            rejected.merge("numbers", 1, Integer::sum);
            return null;
        }
        if (slot.equals("cta") && !t.contains("{link}")) {
            // a call to action must name the product's link, or it could point at the wrong one
            rejected.merge("cta_without_link", 1, Integer::sum);
            return null;
        }
        if (slot.equals("transition") && (t.contains("这款") || t.contains("这个")) && t.length() > 25) {
            rejected.merge("too_specific", 1, Integer::sum);
            return null;
        }
        return t;
    }

    /** Saves what was learned under the data directory; returns the file. */
    public static Path save(Learned l, Path dataDir, Path source) {
        Path f = dataDir.resolve(FILE);
        ObjectNode root = JSON.createObjectNode();
        root.put("learned_from", source.toAbsolutePath().toString());
        root.put("learned_at", Instant.now().toString());
        root.put("files", l.files());
        root.put("sentences", l.sentences());
        ObjectNode slots = root.putObject("slots");
        l.slots().forEach((k, v) -> {
            ArrayNode a = slots.putArray(k);
            v.forEach(a::add);
        });
        ObjectNode rej = root.putObject("rejected");
        l.rejected().forEach(rej::put);
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, root.toPrettyString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LiveCopilotException.unavailable(f + ": cannot write: " + e.getMessage(), e);
        }
        return f;
    }

    /** The learned phrases saved in the data directory (empty when none). A damaged file is a bad-input error naming it. */
    public static Map<String, List<String>> load(Path dataDir) {
        Path f = dataDir == null ? null : dataDir.resolve(FILE);
        if (f == null || !Files.isRegularFile(f)) return Map.of();
        try {
            JsonNode root = JSON.readTree(f.toFile());
            Map<String, List<String>> out = new LinkedHashMap<>();
            JsonNode slots = root.path("slots");
            slots.fields().forEachRemaining(e -> {
                List<String> l = new ArrayList<>();
                e.getValue().forEach(x -> { if (x.isTextual()) l.add(x.asText()); });
                out.put(e.getKey(), l);
            });
            return out;
        } catch (IOException e) {
            throw LiveCopilotException.badInput(f + ": not valid learned phrases: " + e.getMessage());
        }
    }
}
