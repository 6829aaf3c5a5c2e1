package io.livecopilot.nlp.adlaw;

import io.livecopilot.core.LiveCopilotException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The advertising-law lexicon: entries read from a TSV of {@code category, term, suggestion} (terms starting with
 * {@code re:} are regular expressions; {@code #} starts a comment line). The built-in lexicon ships in the jar.
 */
public final class AdLawLexicon {
    private static final String RESOURCE = "lexicon.tsv";
    private static volatile AdLawLexicon builtin;

    private final List<AdLawEntry> entries;

    public AdLawLexicon(List<AdLawEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon shipped with LiveCopilot (loaded once). */
    public static AdLawLexicon builtin() {
        AdLawLexicon b = builtin;
        if (b == null) {
            synchronized (AdLawLexicon.class) {
                if (builtin == null) {
                    try (InputStream in = AdLawLexicon.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw LiveCopilotException.internal("ad-law lexicon resource missing: " + RESOURCE, null);
                        builtin = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                    } catch (IOException e) {
                        throw LiveCopilotException.internal("cannot read ad-law lexicon: " + e.getMessage(), e);
                    }
                }
                b = builtin;
            }
        }
        return b;
    }

    /** Parses lexicon text (TSV); {@code name} is used in error messages. */
    public static AdLawLexicon parse(String text, String name) {
        try {
            return parse(new StringReader(text), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AdLawLexicon parse(Reader reader, String name) throws IOException {
        List<AdLawEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) throw LiveCopilotException.badInput(name + ":" + no + ": needs category<TAB>term[<TAB>suggestion], was \"" + line + "\"");
            AdLawCategory cat;
            try {
                cat = AdLawCategory.ofCode(cols[0]);
            } catch (IllegalArgumentException e) {
                throw LiveCopilotException.badInput(name + ":" + no + ": unknown category \"" + cols[0] + "\"");
            }
            String term = cols[1].strip();
            String suggestion = cols.length > 2 ? cols[2].strip() : "";
            if (term.isEmpty()) throw LiveCopilotException.badInput(name + ":" + no + ": empty term");
            if (term.startsWith("re:")) {
                try {
                    out.add(new AdLawEntry(cat, null, FastPattern.compile(term.substring(3)), suggestion));
                } catch (PatternSyntaxException e) {
                    throw LiveCopilotException.badInput(name + ":" + no + ": bad regex: " + e.getDescription());
                }
            } else {
                out.add(new AdLawEntry(cat, AdLawText.normalize(term), null, suggestion));
            }
        }
        return new AdLawLexicon(out);
    }

    public List<AdLawEntry> entries() {
        return entries;
    }
}
