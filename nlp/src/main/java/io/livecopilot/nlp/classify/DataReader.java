package io.livecopilot.nlp.classify;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of NLU data files (spec/intents.md "Evaluation files"): Rasa-style YAML ({@code nlu:} → {@code - intent:}
 * with an {@code examples: |} block of {@code - text} lines, entities marked {@code [value](entity)}) or CSV/TSV with a
 * header row holding the columns {@code label} and {@code text} (any order, other columns ignored; {@code review},
 * {@code sentence}, {@code content} and {@code comment} are read as text too). Bad rows are rejected with their line
 * and reason; the good ones are kept.
 */
public final class DataReader {
    private static final Pattern ENTITY = Pattern.compile("\\[([^\\]\\[]+)\\]\\(([^)]+)\\)|\\[([^\\]\\[]+)\\]\\{([^}]*)\\}");
    private static final Pattern JSON_FIELD = Pattern.compile("\"(entity|value)\"\\s*:\\s*\"([^\"]*)\"");

    private DataReader() {}

    /** Reads {@code file} for {@code task}; a file that cannot be read or has no usable header is a bad-input error. */
    public static Dataset read(Path file, Task task) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
        return read(file.getFileName().toString(), bytes, task);
    }

    /** Reads the bytes of a data file named {@code name} (the name picks the format: .yml/.yaml, .tsv, else sniffed). */
    public static Dataset read(String name, byte[] bytes, Task task) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        List<Example> examples = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        if (lower.endsWith(".yml") || lower.endsWith(".yaml") || looksLikeYaml(text)) {
            readYaml(name, text, task, examples, rejected);
        } else {
            char sep = lower.endsWith(".tsv") ? '\t' : lower.endsWith(".csv") ? ',' : sniffSeparator(text);
            readTable(name, text, sep, task, examples, rejected);
        }
        return new Dataset(name, examples, rejected, sha256(bytes));
    }

    private static boolean looksLikeYaml(String text) {
        for (String line : text.lines().limit(20).toList()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            return t.startsWith("nlu:") || t.startsWith("version:");
        }
        return false;
    }

    private static char sniffSeparator(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    // ---------------------------------------------------------------- YAML

    private static void readYaml(String name, String text, Task task, List<Example> out, List<Rejection> rejected) {
        String[] lines = text.split("\r?\n", -1);
        String label = null;
        boolean skipBlock = false;
        int blockIndent = -1; // indentation of the "examples:" key; block lines are deeper
        boolean sawNlu = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String t = line.strip();
            int indent = indentOf(line);
            if (blockIndent >= 0) {
                if (t.isEmpty()) continue;
                if (indent > blockIndent) {
                    if (skipBlock) continue;
                    if (t.startsWith("#")) continue;
                    if (!t.startsWith("-")) {
                        rejected.add(new Rejection(lineNo, "expected an example line '- text', was '" + clip(t) + "'"));
                        continue;
                    }
                    String ex = t.substring(1).strip();
                    if (ex.isEmpty()) {
                        rejected.add(new Rejection(lineNo, "empty example"));
                        continue;
                    }
                    out.add(parseExample(ex, label, lineNo));
                    continue;
                }
                blockIndent = -1;
            }
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("nlu:")) {
                sawNlu = true;
                continue;
            }
            if (t.startsWith("version:")) continue;
            String item = t.startsWith("- ") ? t.substring(2).strip() : t;
            if (item.startsWith("intent:")) {
                String raw = unquote(item.substring("intent:".length()).strip());
                label = task.canonicalLabel(raw);
                skipBlock = label == null;
                if (label == null) {
                    rejected.add(new Rejection(lineNo, "unknown label '" + clip(raw) + "': expected " + task.expectedLabels()
                            + "; its examples are skipped"));
                }
                continue;
            }
            if (item.startsWith("synonym:") || item.startsWith("regex:") || item.startsWith("lookup:")) {
                label = null;
                skipBlock = true;
                continue;
            }
            if (item.startsWith("examples:")) {
                String rest = item.substring("examples:".length()).strip();
                if (!rest.startsWith("|") && !rest.startsWith(">")) {
                    rejected.add(new Rejection(lineNo, "expected 'examples: |' followed by '- text' lines"));
                    continue;
                }
                if (label == null && !skipBlock) {
                    rejected.add(new Rejection(lineNo, "examples without an '- intent:' before them are skipped"));
                    skipBlock = true;
                }
                blockIndent = indent;
                continue;
            }
            if (!sawNlu && !t.contains(":")) {
                throw LiveCopilotException.badInput(name + ":" + lineNo + ": not Rasa-style YAML (expected 'nlu:'), was '" + clip(t) + "'");
            }
            // other keys (metadata, responses, …) are not training data
        }
    }

    private static int indentOf(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) k++;
        return k;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** An example line with its {@code [text](entity)} marks taken out and recorded as spans. */
    static Example parseExample(String raw, String label, int line) {
        Matcher m = ENTITY.matcher(raw);
        if (!m.find()) return new Example(raw, label, line, List.of());
        StringBuilder b = new StringBuilder(raw.length());
        List<Example.EntitySpan> spans = new ArrayList<>();
        int last = 0;
        do {
            b.append(raw, last, m.start());
            String surface = m.group(1) != null ? m.group(1) : m.group(3);
            String entity;
            String value = surface;
            if (m.group(2) != null) {
                String spec = m.group(2).strip();
                int colon = spec.indexOf(':');
                entity = colon < 0 ? spec : spec.substring(0, colon).strip();
                if (colon >= 0) value = spec.substring(colon + 1).strip();
            } else {
                entity = null;
                Matcher f = JSON_FIELD.matcher(m.group(4));
                while (f.find()) {
                    if (f.group(1).equals("entity")) entity = f.group(2);
                    else value = f.group(2);
                }
                if (entity == null) entity = "unknown";
            }
            int start = b.length();
            b.append(surface);
            spans.add(new Example.EntitySpan(entity, surface, value, start, b.length()));
            last = m.end();
        } while (m.find());
        b.append(raw, last, raw.length());
        return new Example(b.toString(), label, line, spans);
    }

    // ---------------------------------------------------------------- CSV / TSV

    private static final List<String> TEXT_COLUMNS = List.of("text", "review", "sentence", "content", "comment");
    private static final List<String> LABEL_COLUMNS = List.of("label", "intent", "sentiment", "class");

    private static void readTable(String name, String text, char sep, Task task, List<Example> out, List<Rejection> rejected) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
        if (sep == '\t') schema = schema.withoutQuoteChar();
        int textCol = -1, labelCol = -1;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            boolean header = true;
            int prevLine = 0;
            while (true) {
                int lineNo;
                String[] row;
                try {
                    if (!it.hasNextValue()) break;
                    row = it.nextValue();
                    // after a row the parser stands at the start of the next line; a last line without newline stays put
                    com.fasterxml.jackson.core.JsonLocation at = it.getCurrentLocation();
                    int after = at == null ? prevLine + 2 : (int) at.getLineNr();
                    lineNo = Math.max(prevLine + 1, after - 1);
                    prevLine = lineNo;
                } catch (IOException | RuntimeException e) {
                    int ln = it.getCurrentLocation() == null ? -1 : (int) it.getCurrentLocation().getLineNr();
                    if (header) throw LiveCopilotException.badInput(name + ":1: cannot read the header: " + e.getMessage());
                    rejected.add(new Rejection(ln, "not a valid " + (sep == '\t' ? "TSV" : "CSV") + " row: " + clip(String.valueOf(e.getMessage()))));
                    break; // the tokenizer cannot resynchronise reliably after a broken quote
                }
                if (header) {
                    for (int c = 0; c < row.length; c++) {
                        String h = row[c].strip().toLowerCase(Locale.ROOT);
                        if (textCol < 0 && TEXT_COLUMNS.contains(h)) textCol = c;
                        if (labelCol < 0 && LABEL_COLUMNS.contains(h)) labelCol = c;
                    }
                    if (textCol < 0 || labelCol < 0) {
                        throw LiveCopilotException.badInput(name + ":1: the header must have the columns 'label' and 'text', was "
                                + clip(String.join(String.valueOf(sep), row)));
                    }
                    header = false;
                    continue;
                }
                if (row.length == 1 && row[0].isBlank()) continue;
                if (row.length <= Math.max(textCol, labelCol)) {
                    rejected.add(new Rejection(lineNo, "expected at least " + (Math.max(textCol, labelCol) + 1) + " columns, was " + row.length));
                    continue;
                }
                String rawLabel = row[labelCol];
                String label = task.canonicalLabel(rawLabel);
                if (label == null) {
                    rejected.add(new Rejection(lineNo, "label must be " + task.expectedLabels() + ", was '" + clip(rawLabel) + "'"));
                    continue;
                }
                String t = row[textCol] == null ? "" : row[textCol].strip();
                if (t.isEmpty()) {
                    rejected.add(new Rejection(lineNo, "empty text"));
                    continue;
                }
                out.add(new Example(t, label, lineNo, List.of()));
            }
        } catch (IOException e) {
            throw LiveCopilotException.badInput(name + ": cannot read: " + e.getMessage());
        }
    }

    private static String clip(String s) {
        if (s == null) return "null";
        s = s.replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
