package io.livecopilot.nlp.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HashedNgramFeaturizerTest {
    static final List<FeatureSettings> SETTINGS = List.of(FeatureSettings.intentDefaults(), FeatureSettings.sentimentDefaults(),
            new FeatureSettings(12, 1, 6, true, true, 40), new FeatureSettings(20, 2, 5, false, false, 300),
            new FeatureSettings(16, 4, 6, true, false, 100), new FeatureSettings(10, 1, 1, false, true, 8));

    /** Real comments, the edge cases of the window, and random texts of every kind of character. */
    static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("", " ", "a", "  a  b ", "7", "3号多少钱", "160 100斤穿什么码", "主播晚上好，已拍两件，今天发货吗？",
                "质量很好，物流也快，包装很用心，下次还来买", "酒店位置不错，就是隔音太差了，晚上很吵", "\u0002\u0003\u0000", "😀👍🏻 emoji 和汉字 mixed 123"));
        Random r = new Random(7);
        String alphabet = "的是了我不在人们有来他这上着个地到大里说就去子得也和那要下看天时过出小么起你都把好还多没为又可家学只以主样年想生同老中十从自面前头道它后然走很像见两用她国动进成回什边作对开而己些现山民候经发工向事命给长水几义三声于高手知理眼志点心战二问但身方实吃做叫当住听革打呢真全才四已所敌之最光产情路分总条白话东席次亲如被花口放儿常气五第使写军吧文运再果怎定许快明行因别飞外树物活部门无往船望新带队先力完却站代员机更九您每风级跟笑啊孩万少直意夜比阶连车重便斗马哪化太指变社似士者干石满日决百原拿群究各六本思解立河村八难早论吗根共让相研今其书坐接应关信觉步反处记将千找争领或师结块跑谁草越字加脚紧爱等习阵怕月青半火法题建赶位唱海七女任件感准张团屋离色脸片科倒睛利世刚且由送切星导晚表够整认响雪流未场该并底深刻平伟忙提确近亮轻讲农古黑告界拉名呀土清阳照办史改历转画造嘴此治北必服雨穿内识验传业菜爬睡兴形量咱观苦体众通冲合破友度术饭公旁房极南枪读沙岁线野坚空收算至政城劳落钱特围弟胜教热展包歌类渐强数乡呼性音答哥际旧神座章帮啦受系令跳非何牛取入岸敢掉忽种装顶急林停息句区衣般报叶压慢叔背细0123456789 abcXYZ，。！？、\t";
        for (int t = 0; t < 300; t++) {
            int len = r.nextInt(t % 50 == 0 ? 3000 : 120);
            StringBuilder b = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                int kind = r.nextInt(20);
                if (kind == 0) b.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                else if (kind == 1) b.append(' ');
                else b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void should_write_the_buckets_of_the_original_featurizer_for_every_setting_and_text() {
        List<String> texts = texts();
        for (FeatureSettings s : SETTINGS) {
            HashedNgramFeaturizer fz = new HashedNgramFeaturizer(s);
            for (String t : texts) {
                int[] out = new int[fz.capacity(t.length())];
                int n = fz.featurize(t, out);
                assertThat(Arrays.copyOf(out, n)).as("%s %s", s, t).containsExactly(ReferenceScorer.featurize(s, t));
                assertThat(fz.count(t)).isEqualTo(n);
                // any CharSequence, not only a String
                int[] again = new int[out.length];
                assertThat(fz.featurize(new StringBuilder(t), again)).isEqualTo(n);
                assertThat(again).containsExactly(out);
            }
        }
    }

    @Test
    void should_hash_the_intent_example_to_fixed_buckets() {
        // fixed values (written by the featurizer before it was made faster): a change of the hash would silently
        // invalidate every saved model
        HashedNgramFeaturizer fz = new HashedNgramFeaturizer(FeatureSettings.intentDefaults());
        int[] out = new int[fz.capacity(5)];
        int n = fz.featurize("3号多少钱", out);
        assertThat(n).isEqualTo(5 + 6 + 5 + 5);
        assertThat(Arrays.copyOf(out, n)).containsExactly(ReferenceScorer.featurize(FeatureSettings.intentDefaults(), "3号多少钱"));
        assertThat(Arrays.copyOf(out, n)).containsExactly(33412, 11446, 54500, 842, 48177, 31119, 45575, 16864, 22523, 7801, 53472, 30965,
                3155, 62471, 62207, 38049, 7364, 52688, 24550, 62867, 18039);
    }

    @Test
    void should_keep_in_order_only_the_features_with_a_row_when_looking_up_while_featurizing() {
        Random r = new Random(3);
        for (FeatureSettings s : SETTINGS) {
            HashedNgramFeaturizer fz = new HashedNgramFeaturizer(s);
            int buckets = 1 << s.bits();
            char[] rowOf = new char[buckets];
            long[] used = new long[buckets / 64];
            for (int f = 0; f < buckets; f++) {
                if (r.nextInt(3) == 0) {
                    rowOf[f] = (char) (1 + r.nextInt(60000));
                    used[f >>> 6] |= 1L << f;
                }
            }
            for (String t : texts()) {
                int[] all = ReferenceScorer.featurize(s, t);
                int[] rows = Arrays.stream(all).filter(f -> rowOf[f] != 0).map(f -> rowOf[f] - 1).toArray();
                int[] kept = Arrays.stream(all).filter(f -> rowOf[f] != 0).toArray();
                int[] out = new int[fz.capacity(t.length())];
                long nh = fz.rows(t, out, new char[0], rowOf);
                assertThat(nh >>> 32).isEqualTo(all.length);
                assertThat(Arrays.copyOf(out, (int) nh)).containsExactly(rows);
                nh = fz.used(t, out, new char[fz.window(t.length())], used);
                assertThat(nh >>> 32).isEqualTo(all.length);
                assertThat(Arrays.copyOf(out, (int) nh)).containsExactly(kept);
            }
        }
    }
}
