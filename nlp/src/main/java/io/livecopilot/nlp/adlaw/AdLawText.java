package io.livecopilot.nlp.adlaw;

/** Offset-preserving normalization for matching: full-width ASCII to half-width, ideographic space to space, ASCII lower-cased. */
public final class AdLawText {
    private AdLawText() {}

    /** The normalized text; same length as the input, so offsets carry over. */
    public static String normalize(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            else if (ch == '\u3000') ch = ' ';
            if (ch >= 'A' && ch <= 'Z') ch = (char) (ch + 32);
            c[i] = ch;
        }
        return new String(c);
    }
}
