package io.livecopilot.script.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.check.Violation;
import io.livecopilot.script.export.ScriptExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code script check} over one input: plain text (one result for the whole text), a script JSON as {@code script
 * generate} prints it (one result; each violation names its segment), or JSON Lines of {@code {"text","product"}}
 * (one result per line). A bad line is reported with its number and reason and the other lines are still checked.
 */
public final class CheckFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the input looked like. */
    public enum Kind { TEXT, SCRIPT, JSON_LINES }

    /** The outcome: the JSON document to print, and the lines that could not be read. */
    public record Outcome(ObjectNode json, Kind kind, int checked, int violations, List<String> errors) {}

    private final ScriptChecker checker;
    private final Catalog catalog;

    public CheckFile(ScriptChecker checker, Catalog catalog) {
        this.checker = checker;
        this.catalog = catalog;
    }

    /** Checks the content of {@code name}; {@code defaultProduct} (id, link number or name, may be null) applies to text without one. */
    public Outcome check(String name, String content, String defaultProduct) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            JsonNode whole = tryParse(trimmed);
            if (whole != null && whole.isObject() && whole.has("segments")) return script(name, whole, defaultProduct);
            if (whole != null && whole.isObject() && !text.strip().contains("\n")) return jsonLines(name, text, defaultProduct);
            if (whole == null || firstLineIsObject(trimmed)) return jsonLines(name, text, defaultProduct);
        }
        List<String> errors = new ArrayList<>();
        String pid = resolve(defaultProduct, name + ": --product", errors);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode results = root.putArray("results");
        List<Violation> vs = checker.check(text, pid);
        ObjectNode r = results.addObject();
        r.put("line", 1);
        ArrayNode arr = r.putArray("violations");
        vs.forEach(v -> arr.add(ScriptExport.violation(v)));
        return finish(root, Kind.TEXT, 1, vs.size(), errors);
    }

    private static boolean firstLineIsObject(String t) {
        String first = t.lines().findFirst().orElse("").strip();
        return first.startsWith("{") && first.endsWith("}") && tryParse(first) != null;
    }

    private static JsonNode tryParse(String s) {
        try {
            return JSON.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Outcome script(String name, JsonNode root, String defaultProduct) {
        List<String> errors = new ArrayList<>();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        ObjectNode r = results.addObject();
        r.put("line", 1);
        ArrayNode arr = r.putArray("violations");
        JsonNode segs = root.get("segments");
        int checked = 0, count = 0;
        if (!segs.isArray()) {
            errors.add(name + ": segments: must be an array");
        } else {
            for (int i = 0; i < segs.size(); i++) {
                JsonNode s = segs.get(i);
                JsonNode t = s.get("text");
                if (t == null || !t.isTextual()) {
                    errors.add(name + ": segments[" + i + "].text: must be a string");
                    continue;
                }
                String pid = productOf(s.get("product"), name + ": segments[" + i + "].product", errors);
                if (pid == null) pid = resolve(defaultProduct, name + ": --product", errors);
                for (Violation v : checker.check(t.asText(), pid)) {
                    ObjectNode o = ScriptExport.violation(v);
                    o.put("segment", i);
                    arr.add(o);
                    count++;
                }
                checked++;
            }
        }
        return finish(out, Kind.SCRIPT, checked, count, errors);
    }

    private Outcome jsonLines(String name, String text, String defaultProduct) {
        List<String> errors = new ArrayList<>();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        int no = 0, checked = 0, count = 0;
        for (String line : text.split("\n", -1)) {
            no++;
            if (line.isBlank()) continue;
            JsonNode n = tryParse(line.strip());
            ObjectNode r = JSON.createObjectNode();
            r.put("line", no);
            if (n == null || !n.isObject()) {
                String why = name + ":" + no + ": not a JSON object";
                errors.add(why);
                r.put("error", why);
                results.add(r);
                continue;
            }
            JsonNode t = n.get("text");
            if (t == null || !t.isTextual()) {
                String why = name + ":" + no + ": text: must be a string";
                errors.add(why);
                r.put("error", why);
                results.add(r);
                continue;
            }
            String pid = productOf(n.get("product"), name + ":" + no + ": product", errors);
            if (pid == null) pid = resolve(defaultProduct, name + ": --product", errors);
            ArrayNode arr = r.putArray("violations");
            for (Violation v : checker.check(t.asText(), pid)) {
                arr.add(ScriptExport.violation(v));
                count++;
            }
            results.add(r);
            checked++;
        }
        return finish(out, Kind.JSON_LINES, checked, count, errors);
    }

    private static Outcome finish(ObjectNode root, Kind kind, int checked, int count, List<String> errors) {
        root.put("checked", checked);
        root.put("violations", count);
        ArrayNode e = root.putArray("errors");
        errors.forEach(e::add);
        return new Outcome(root, kind, checked, count, errors);
    }

    private String productOf(JsonNode n, String where, List<String> errors) {
        if (n == null || n.isNull()) return null;
        return resolve(n.asText(), where, errors);
    }

    /** A product reference (id, link number or name/alias) as an id; an unknown one is reported and ignored. */
    String resolve(String ref, String where, List<String> errors) {
        if (ref == null || ref.isBlank()) return null;
        String r = ref.strip();
        Optional<Product> p = catalog.byId(r);
        if (p.isEmpty() && r.matches("\\d{1,4}")) p = catalog.byLinkNo(Integer.parseInt(r));
        if (p.isEmpty()) {
            for (Product x : catalog.products()) if (x.names().contains(r)) p = Optional.of(x);
        }
        if (p.isEmpty()) {
            errors.add(where + ": no product \"" + r + "\" in the catalog; checked without a product");
            return null;
        }
        return p.get().id();
    }
}
