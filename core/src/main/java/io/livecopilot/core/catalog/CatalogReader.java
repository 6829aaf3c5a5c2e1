package io.livecopilot.core.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.Money;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of catalog files (spec/catalog.md), JSON or CSV: validates every field, keeps the good products and
 * rejects each bad one with its line, JSON path and reason.
 */
public final class CatalogReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private CatalogReader() {}

    /** Reads a catalog file; CSV when its name ends in .csv or .tsv, JSON otherwise. */
    public static ImportResult read(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".csv")) return readCsv(text, ',');
            if (name.endsWith(".tsv")) return readCsv(text, '\t');
            return readJson(text);
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads a catalog from text: JSON when it starts with '{' or '[', CSV otherwise. */
    public static ImportResult readText(String text) {
        String t = stripBom(text).stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) return readJson(text);
        return readCsv(text, t.contains("\t") && !t.lines().findFirst().orElse("").contains(",") ? '\t' : ',');
    }

    public static ImportResult read(InputStream in) throws IOException {
        return readText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Reads the JSON form: an object with "shop" and "products", or a bare array of products. */
    public static ImportResult readJson(String text) {
        List<Rejection> rejected = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        Shop shop = Shop.UNKNOWN;
        Set<String> ids = new HashSet<>();
        try (JsonParser p = JSON.createParser(new StringReader(stripBom(text)))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                readProducts(p, null, products, rejected, ids);
            } else if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("products".equals(field)) {
                        if (v != JsonToken.START_ARRAY) {
                            rejected.add(new Rejection(line(p), "products", "must be an array"));
                            p.skipChildren();
                        } else {
                            readProducts(p, null, products, rejected, ids);
                        }
                    } else if ("shop".equals(field)) {
                        int line = line(p);
                        JsonNode node = p.readValueAsTree();
                        try {
                            shop = shop(node);
                        } catch (FieldError e) {
                            rejected.add(new Rejection(line, "shop." + e.path, e.getMessage()));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                rejected.add(new Rejection(1, "$", "must be a JSON object with \"products\" or an array of products"));
            }
        } catch (JsonProcessingException e) {
            rejected.add(new Rejection(e.getLocation() == null ? null : e.getLocation().getLineNr(), null,
                    "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw LiveCopilotException.badInput("catalog: cannot read: " + e.getMessage());
        }
        return new ImportResult(new Catalog(shop, products), rejected);
    }

    private static void readProducts(JsonParser p, String unused, List<Product> products, List<Rejection> rejected, Set<String> ids)
            throws IOException {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            int line = line(p);
            String path = "products[" + index + "]";
            JsonNode node = p.readValueAsTree();
            try {
                Product prod = product(node);
                if (!ids.add(prod.id())) throw new FieldError("id", "duplicate id, was \"" + prod.id() + "\"");
                products.add(prod);
            } catch (FieldError e) {
                String id = node != null && node.isObject() && node.path("id").isTextual() ? " (" + node.get("id").asText() + ")" : "";
                rejected.add(new Rejection(line, path + (e.path.isEmpty() ? "" : "." + e.path), e.getMessage() + id));
            }
            index++;
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** Reads the CSV (or TSV) form: a header row with the scalar fields and '|'-separated lists. */
    public static ImportResult readCsv(String text, char separator) {
        List<Rejection> rejected = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (Reader r = new StringReader(stripBom(text));
             MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema)
                     .with(CsvParser.Feature.TRIM_SPACES).readValues(r)) {
            while (true) {
                int line;
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) break;
                    row = it.nextValue();
                    // after a row the parser stands past its newline, at column 1 of the next line
                    com.fasterxml.jackson.core.JsonLocation loc = it.getCurrentLocation();
                    line = loc.getColumnNr() <= 1 ? loc.getLineNr() - 1 : loc.getLineNr();
                } catch (RuntimeException | IOException e) {
                    rejected.add(new Rejection(it.getCurrentLocation() == null ? null : it.getCurrentLocation().getLineNr(), null,
                            "invalid CSV row: " + e.getMessage()));
                    break;
                }
                ObjectNode node = JSON.createObjectNode();
                for (Map.Entry<String, String> e : row.entrySet()) {
                    String k = e.getKey().strip();
                    String v = e.getValue();
                    if (v == null || v.isBlank()) continue;
                    switch (k) {
                        case "aliases", "variants", "selling_points", "suits", "not_for" -> {
                            ArrayNode arr = node.putArray(k);
                            for (String part : v.split("\\|")) if (!part.isBlank()) arr.add(part.strip());
                        }
                        default -> node.put(k, v.strip());
                    }
                }
                try {
                    Product prod = product(node);
                    if (!ids.add(prod.id())) throw new FieldError("id", "duplicate id, was \"" + prod.id() + "\"");
                    products.add(prod);
                } catch (FieldError e) {
                    rejected.add(new Rejection(line, e.path.isEmpty() ? null : e.path, e.getMessage()));
                }
            }
        } catch (IOException e) {
            rejected.add(new Rejection(null, null, "invalid CSV: " + e.getMessage()));
        }
        return new ImportResult(new Catalog(Shop.UNKNOWN, products), rejected);
    }

    // ---- field validation ---------------------------------------------------------------------------------------

    /** A field that breaks a constraint; {@code path} is relative to the product. */
    private static final class FieldError extends Exception {
        final String path;

        FieldError(String path, String message) {
            super(path.isEmpty() ? message : path + ": " + message, null, false, false);
            this.path = path;
        }

        @Override
        public String getMessage() {
            String m = super.getMessage();
            return path.isEmpty() ? m : m.substring(path.length() + 2);
        }
    }

    static Product product(JsonNode n) throws FieldError {
        if (n == null || !n.isObject()) throw new FieldError("", "must be an object, was " + kind(n));
        String id = requiredText(n, "id");
        String name = requiredText(n, "name");
        BigDecimal price = money(n, "price", true);
        BigDecimal listPrice = money(n, "list_price", false);
        Integer linkNo = integer(n, "link_no", 1);
        Integer stock = integer(n, "stock", 0);
        List<SizeRow> sizes = new ArrayList<>();
        JsonNode sz = n.get("sizes");
        if (sz != null && !sz.isNull()) {
            if (!sz.isArray()) throw new FieldError("sizes", "must be an array, was " + kind(sz));
            for (int i = 0; i < sz.size(); i++) sizes.add(sizeRow(sz.get(i), "sizes[" + i + "]"));
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        JsonNode at = n.get("attributes");
        if (at != null && !at.isNull()) {
            if (!at.isObject()) throw new FieldError("attributes", "must be an object, was " + kind(at));
            at.fields().forEachRemaining(e -> attrs.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        }
        List<Promotion> promos = new ArrayList<>();
        JsonNode pr = n.get("promotions");
        if (pr != null && !pr.isNull()) {
            if (!pr.isArray()) throw new FieldError("promotions", "must be an array, was " + kind(pr));
            for (int i = 0; i < pr.size(); i++) {
                JsonNode x = pr.get(i);
                String path = "promotions[" + i + "]";
                if (!x.isObject()) throw new FieldError(path, "must be an object, was " + kind(x));
                promos.add(new Promotion(optText(x, "kind", path), optText(x, "text", path),
                        moneyAt(x, "discount", path), moneyAt(x, "min_spend", path)));
            }
        }
        List<Faq> faq = new ArrayList<>();
        JsonNode fq = n.get("faq");
        if (fq != null && !fq.isNull()) {
            if (!fq.isArray()) throw new FieldError("faq", "must be an array, was " + kind(fq));
            for (int i = 0; i < fq.size(); i++) {
                JsonNode x = fq.get(i);
                String path = "faq[" + i + "]";
                if (!x.isObject()) throw new FieldError(path, "must be an object, was " + kind(x));
                String q = optText(x, "q", path), a = optText(x, "a", path);
                if (q == null || a == null) throw new FieldError(path, "needs both \"q\" and \"a\"");
                faq.add(new Faq(q, a));
            }
        }
        return new Product(id, linkNo, name, texts(n, "aliases"), optText(n, "category", ""), price, listPrice, stock,
                texts(n, "variants"), sizes, attrs, texts(n, "selling_points"), texts(n, "suits"), texts(n, "not_for"),
                promos, faq, shipping(n.get("shipping"), "shipping"), aftersale(n.get("aftersale"), "aftersale"));
    }

    static Shop shop(JsonNode n) throws FieldError {
        if (n == null || n.isNull()) return Shop.UNKNOWN;
        if (!n.isObject()) throw new FieldError("", "must be an object, was " + kind(n));
        return new Shop(optText(n, "name", ""), shipping(n.get("shipping"), "shipping"), aftersale(n.get("aftersale"), "aftersale"));
    }

    private static ShippingPolicy shipping(JsonNode n, String path) throws FieldError {
        if (n == null || n.isNull()) return ShippingPolicy.UNKNOWN;
        if (!n.isObject()) throw new FieldError(path, "must be an object, was " + kind(n));
        Integer hours = integerAt(n, "ships_within_hours", path, 0);
        Boolean free = bool(n, "free_shipping", path);
        List<String> excluded = n.has("excluded_regions") ? texts(n, "excluded_regions") : null;
        return new ShippingPolicy(optText(n, "courier", path), hours, free, excluded);
    }

    private static AftersalePolicy aftersale(JsonNode n, String path) throws FieldError {
        if (n == null || n.isNull()) return AftersalePolicy.UNKNOWN;
        if (!n.isObject()) throw new FieldError(path, "must be an object, was " + kind(n));
        Integer months = integerAt(n, "warranty_months", path, 0);
        if (months == null) months = warrantyMonths(n.get("warranty"));
        return new AftersalePolicy(integerAt(n, "returns_days", path, 0), bool(n, "freight_insurance", path), months);
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d{1,3}|[一二两三四五六七八九十]{1,2}|半)\\s*(年|个月|月)");

    /**
     * A warranty written as text ("一年质保", "12个月", "2年", "半年") or as a number of months — not a field of
     * spec/catalog.md (which has {@code warranty_months} as our extension), read when a catalog has it; anything else
     * is left out rather than refusing the product for an optional field.
     */
    static Integer warrantyMonths(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isIntegralNumber()) return v.asInt() >= 0 ? v.asInt() : null;
        if (!v.isTextual()) return null;
        java.util.regex.Matcher m = DURATION.matcher(v.asText());
        if (!m.find()) return null;
        String q = m.group(1);
        int x;
        if (q.equals("半")) x = 6;
        else {
            x = (int) (q.chars().allMatch(Character::isDigit) ? Integer.parseInt(q) : io.livecopilot.core.ChineseNumbers.parse(q));
            if (m.group(2).equals("年")) x *= 12;
        }
        return x > 0 ? x : null;
    }

    private static SizeRow sizeRow(JsonNode x, String path) throws FieldError {
        if (!x.isObject()) throw new FieldError(path, "must be an object, was " + kind(x));
        String size = optText(x, "size", path);
        if (size == null || size.isBlank()) throw new FieldError(path + ".size", "is required");
        int[] h = range(x.get("height_cm"), path + ".height_cm");
        double[] w = rangeD(x.get("weight_kg"), path + ".weight_kg");
        return new SizeRow(size, h == null ? null : h[0], h == null ? null : h[1], w == null ? null : w[0], w == null ? null : w[1]);
    }

    private static int[] range(JsonNode n, String path) throws FieldError {
        double[] d = rangeD(n, path);
        return d == null ? null : new int[] {(int) Math.round(d[0]), (int) Math.round(d[1])};
    }

    private static double[] rangeD(JsonNode n, String path) throws FieldError {
        if (n == null || n.isNull()) return null;
        if (!n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            throw new FieldError(path, "must be [min, max] numbers, was " + n);
        }
        double a = n.get(0).asDouble(), b = n.get(1).asDouble();
        if (a < 0 || b < a) throw new FieldError(path, "must be 0 ≤ min ≤ max, was " + n);
        return new double[] {a, b};
    }

    private static String requiredText(JsonNode n, String field) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new FieldError(field, "is required");
        if (!v.isTextual() && !v.isNumber()) throw new FieldError(field, "must be a string, was " + kind(v));
        String s = v.asText().strip();
        if (s.isEmpty()) throw new FieldError(field, "must not be empty");
        return s;
    }

    private static String optText(JsonNode n, String field, String base) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() && !v.isNumber()) throw new FieldError(join(base, field), "must be a string, was " + kind(v));
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> texts(JsonNode n, String field) throws FieldError {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isTextual()) {
            for (String part : v.asText().split("\\|")) if (!part.isBlank()) out.add(part.strip());
            return out;
        }
        if (!v.isArray()) throw new FieldError(field, "must be an array of strings, was " + kind(v));
        for (int i = 0; i < v.size(); i++) {
            JsonNode x = v.get(i);
            if (!x.isTextual() && !x.isNumber()) throw new FieldError(field + "[" + i + "]", "must be a string, was " + kind(x));
            if (!x.asText().isBlank()) out.add(x.asText().strip());
        }
        return out;
    }

    private static BigDecimal money(JsonNode n, String field, boolean required) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw new FieldError(field, "is required");
            return null;
        }
        return moneyValue(v, field);
    }

    private static BigDecimal moneyAt(JsonNode n, String field, String base) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return moneyValue(v, join(base, field));
    }

    private static BigDecimal moneyValue(JsonNode v, String path) throws FieldError {
        BigDecimal d;
        try {
            if (v.isNumber()) d = Money.normalize(v.decimalValue());
            else if (v.isTextual()) d = Money.parse(v.asText());
            else throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new FieldError(path, "must be a decimal amount of yuan, was " + v);
        }
        if (d.signum() < 0) throw new FieldError(path, "must be ≥ 0, was " + d.toPlainString());
        return d;
    }

    private static Integer integer(JsonNode n, String field, int min) throws FieldError {
        return integerAt(n, field, "", min);
    }

    private static Integer integerAt(JsonNode n, String field, String base, int min) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) return null;
        long x;
        if (v.isIntegralNumber()) x = v.asLong();
        else if (v.isTextual() && v.asText().strip().matches("-?\\d{1,12}")) x = Long.parseLong(v.asText().strip());
        else throw new FieldError(join(base, field), "must be an integer, was " + v);
        if (x < min || x > Integer.MAX_VALUE) throw new FieldError(join(base, field), "must be ≥ " + min + ", was " + x);
        return (int) x;
    }

    private static Boolean bool(JsonNode n, String field, String base) throws FieldError {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isTextual()) {
            switch (v.asText().strip().toLowerCase()) {
                case "true", "yes", "1", "是" -> { return true; }
                case "false", "no", "0", "否" -> { return false; }
                default -> { }
            }
        }
        throw new FieldError(join(base, field), "must be true or false, was " + v);
    }

    private static String join(String base, String field) {
        return base == null || base.isEmpty() ? field : base + "." + field;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) return "null";
        if (n.isTextual()) return "\"" + n.asText() + "\"";
        if (n.isArray()) return "an array";
        if (n.isObject()) return "an object";
        return n.toString();
    }
}
