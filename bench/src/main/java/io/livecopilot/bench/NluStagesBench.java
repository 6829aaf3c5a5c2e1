package io.livecopilot.bench;

import io.livecopilot.assistant.AskResult;
import io.livecopilot.assistant.Cues;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.assistant.SafetyScreen;
import io.livecopilot.assistant.UnderstoodComment;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.Prediction;
import io.livecopilot.nlp.entity.EntityExtractor;
import io.livecopilot.simulator.DemoCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Latency per comment of each stage of {@code ask} (SampleTime: p50/p99 in µs; {@code -bm avgt} for averages), on the
 * demo catalog with the built-in models. Comments: the lines of the file named by {@code LIVECOPILOT_BENCH_CORPUS}
 * ({@link BenchCorpus}) when set, else 4,096 distinct comments of 10–140 characters (average ~55): live-room questions
 * and chatter joined like real messages, and shop, food-delivery and hotel reviews in prose. Stages: {@code normalize},
 * {@code mask} (of the normalized text), {@code intent}, {@code entities}, {@code sentiment} (of the masked text),
 * {@code classifiers} (intent and sentiment, one after the other), {@code classifiersOnePass} (both from one pass), {@code cues} (routing by cue words), {@code screen} (the safety screen of
 * the raw text, fake announcements included), {@code rules} (normalize, mask, entities, cues and screen on one comment),
 * {@code understand} (the NLU: normalize to sentiment), {@code understandComment} (the assistant's stateless half: the
 * NLU plus the catalog's gaps, routing and the safety screen — what {@code ask --file} runs on worker threads),
 * {@code decide} (the stateful half: viewer memory, product, compose, guard — what it runs in input order) and
 * {@code ask} (both). Run: {@code java -jar bench/target/benchmarks.jar NluStagesBench}; add
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the C1-only JIT the launcher gives {@code ask}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class NluStagesBench {
    /** Pieces of live-room comments; a comment is one to four of them joined. */
    static final String[] PIECES = {
            "3号多少钱", "这个到手价多少", "有券吗", "新疆包邮吗", "发什么快递", "能退吗", "七天无理由吗", "还有货吗", "160 100斤穿什么码",
            "1号什么码", "有黑色吗", "什么面料", "敏感肌能用吗", "是正品吗", "油皮用哪个好", "1号和3号有什么区别", "试穿一下", "拍了怎么没显示",
            "主播晚上好", "扣1", "666", "哈哈哈今天好开心", "几号链接", "怎么拍", "200以内推荐一个", "送男朋友买什么好", "今天发货吗",
            "运费险有吗", "一米六五穿多大", "宝宝们冲", "已拍两件", "孩子能吃吗", "保质期多久", "什么时候补货", "主播yyds", "加油"};
    /** Reviews in prose, as written after a purchase, a meal or a stay. */
    static final String[] REVIEWS = {
            "质量很好，物流也快，包装很用心，下次还来买", "衣服收到了，颜色和图片有点色差，面料还可以，就是有点起球",
            "酒店位置不错，就是隔音太差了，晚上很吵，前台服务态度还行", "外卖送得太慢了，菜都凉了，味道一般，分量倒是挺足的",
            "这个价格很划算，已经回购三次了，家里人都说好吃", "鞋子尺码偏小，建议买大一码，穿着还挺舒服的",
            "房间干净整洁，早餐种类丰富，离地铁站步行五分钟，非常方便，下次出差还住这家", "客服回复很慢，问了三次才有人理，退款到现在还没到账",
            "面膜用了一周，皮肤没有过敏，补水效果明显，就是精华有点黏", "收到的时候包装破了，东西撒了一地，联系商家说给补发",
            "宝贝和描述一致，做工精细，没有异味，性价比很高，推荐购买", "骑手很准时，汤一点没洒，就是米饭有点硬"};

    private String[] raw;
    private String[] normalized;
    private String[] masked;
    private UnderstoodComment[] understood;
    private Understanding[] understanding;
    private Catalog catalog;
    private BuiltinUnderstander nlu;
    private LinearModel intent;
    private LinearModel sentiment;
    private EntityExtractor entities;
    private LiveAssistant assistant;
    private int i;

    @Setup(Level.Trial)
    public void setup() {
        raw = BenchCorpus.lines(() -> comments(4096, 1));
        catalog = DemoCatalog.load();
        nlu = BuiltinUnderstander.load((java.nio.file.Path) null);
        intent = nlu.intentModel();
        sentiment = nlu.sentimentModel();
        entities = new EntityExtractor();
        assistant = LiveAssistant.builder().catalog(catalog).understander(nlu).room("bench").build();
        normalized = new String[raw.length];
        masked = new String[raw.length];
        understood = new UnderstoodComment[raw.length];
        understanding = new Understanding[raw.length];
        for (int k = 0; k < raw.length; k++) {
            understanding[k] = nlu.understand(raw[k], catalog, null);
            normalized[k] = TextNormalizer.normalize(raw[k]);
            masked[k] = PiiMasker.mask(normalized[k]);
            understood[k] = assistant.understand(raw[k], null);
        }
    }

    /** {@code n} distinct comments, two in three from live-room pieces and one in three reviews. */
    static String[] comments(int n, long seed) {
        Random r = new Random(seed);
        String[] out = new String[n];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < n; k++) {
            String s;
            do {
                StringBuilder b = new StringBuilder();
                if (r.nextInt(3) == 0) {
                    b.append(REVIEWS[r.nextInt(REVIEWS.length)]);
                    if (r.nextBoolean()) b.append('，').append(REVIEWS[r.nextInt(REVIEWS.length)]);
                } else {
                    int pieces = 1 + r.nextInt(4);
                    for (int p = 0; p < pieces; p++) {
                        if (p > 0) b.append(r.nextBoolean() ? "，" : " ");
                        b.append(PIECES[r.nextInt(PIECES.length)]);
                    }
                }
                s = b.toString();
            } while (!seen.add(s));
            out[k] = s;
        }
        return out;
    }

    private int next() {
        int k = i + 1;
        if (k == raw.length) k = 0;
        i = k;
        return k;
    }

    @Benchmark
    public String normalize() {
        return TextNormalizer.normalize(raw[next()]);
    }

    @Benchmark
    public String mask() {
        return PiiMasker.mask(normalized[next()]);
    }

    @Benchmark
    public Prediction intent() {
        return intent.predictPreprocessed(masked[next()]);
    }

    @Benchmark
    public Object entities() {
        return entities.extract(masked[next()], catalog, null);
    }

    @Benchmark
    public double sentiment() {
        return sentiment.probabilityOf(masked[next()], "positive");
    }

    @Benchmark
    public double classifiers() {
        String t = masked[next()];
        return intent.predictPreprocessed(t).probability() + sentiment.probabilityOf(t, "positive");
    }

    /** Both classifiers from one featurizing pass ({@code LinearModel.predictWith}, what {@code understand} runs). */
    @Benchmark
    public double classifiersOnePass() {
        var p = intent.predictWith(masked[next()], sentiment, "positive");
        return p.prediction().probability() + p.other();
    }

    @Benchmark
    public Intent cues() {
        int k = next();
        Understanding u = understanding[k];
        return Cues.route(u.intent(), u.confidence(), masked[k], u.entities());
    }

    @Benchmark
    public SafetyScreen.Threat screen() {
        return SafetyScreen.screen(raw[next()], true);
    }

    @Benchmark
    public void rules(Blackhole bh) {
        int k = next();
        String t = PiiMasker.mask(TextNormalizer.normalize(raw[k]));
        Entities e = entities.extract(t, catalog, null);
        Understanding u = understanding[k];
        bh.consume(Cues.route(u.intent(), u.confidence(), t, e));
        bh.consume(SafetyScreen.screen(raw[k], true));
    }

    @Benchmark
    public Understanding understand() {
        return nlu.understand(raw[next()], catalog, null);
    }

    @Benchmark
    public UnderstoodComment understandComment() {
        return assistant.understand(raw[next()], null);
    }

    @Benchmark
    public AskResult decide() {
        return assistant.ask(understood[next()], "viewer", ++line); // as ask --file: line by line, the memory carried a few lines
    }

    private long line;

    @Benchmark
    public AskResult ask() {
        return assistant.ask(raw[next()], "viewer", null);
    }
}
