package io.livecopilot.nlp.classify;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * The word segmenter of word features ({@link FeatureSettings#words()}): HanLP portable-1.8.6's longest-match
 * segmenter over its core dictionary ({@code DoubleArrayTrieSegment}), which cuts ~60k reviews a second here (its
 * default Viterbi segmenter ~9k a second) — training on 50k reviews must stay well under a minute. Only user-trained
 * models with word features use it; the built-in models never segment. Thread-safe; the dictionary is loaded at first
 * use (~0.3 s).
 */
final class WordSegmenter {
    /** The name written into a model's header: a model's word features are those of this segmenter. */
    static final String ID = "hanlp-portable-1.8.6-dat";

    private WordSegmenter() {}

    private static final class Holder {
        static final Segment SEGMENT = new DoubleArrayTrieSegment().enablePartOfSpeechTagging(false);
    }

    /**
     * The tokens of {@code text} in order, {@code null} standing for a boundary (punctuation, spaces, symbols: a token
     * with no letter or digit): word pairs never span a boundary.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        for (Term t : Holder.SEGMENT.seg(text)) {
            String w = t.word;
            boolean wordy = false;
            for (int i = 0; i < w.length() && !wordy; i++) wordy = Character.isLetterOrDigit(w.charAt(i));
            if (wordy) out.add(w);
            else if (!out.isEmpty() && out.get(out.size() - 1) != null) out.add(null);
        }
        return out;
    }
}
