package io.livecopilot.bench;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.entity.EntityExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of each stage of comment understanding (normalize, mask, intent, entities, sentiment) and of the whole
 * {@link BuiltinUnderstander#understand}, one comment per operation, over review-like comments averaging ~55 characters.
 * Run: {@code java -jar bench/target/benchmarks.jar NlpBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NlpBench {
    private static final String[] PIECES = {
            "这个多少钱", "一米六五 100斤穿什么码", "质量很好，穿着很舒服，会回购", "物流太慢了，一个星期才到", "有没有优惠券",
            "3号链接在哪", "新疆包邮吗", "主播晚上好", "面料很软很亲肤，颜色和图片一样", "客服不回消息，态度很差", "已拍两件",
            "房间干净整洁，服务热情，早餐很丰富", "外卖送得很快，还是热的，分量足", "收到就是坏的，垃圾", "有奶白色吗",
            "孩子特别爱吃，已经第三次回购了", "穿了两次就起球，太差了", "是正品吗，有防伪码吗", "宝宝能用吗", "扣1扣1"};

    private String[] raw;
    private String[] normalized;
    private String[] masked;
    private BuiltinUnderstander understander;
    private LinearModel intent;
    private LinearModel sentiment;
    private EntityExtractor entities;
    private Catalog catalog;
    private int i;

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(1);
        raw = new String[4096];
        for (int k = 0; k < raw.length; k++) {
            StringBuilder b = new StringBuilder();
            int target = 20 + r.nextInt(70);
            while (b.length() < target) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? "，" : "");
            raw[k] = b.toString();
        }
        normalized = new String[raw.length];
        masked = new String[raw.length];
        for (int k = 0; k < raw.length; k++) {
            normalized[k] = TextNormalizer.normalize(raw[k]);
            masked[k] = PiiMasker.mask(normalized[k]);
        }
        understander = BuiltinUnderstander.load(null);
        intent = understander.intentModel();
        sentiment = understander.sentimentModel();
        entities = new EntityExtractor();
        List<Product> products = new ArrayList<>();
        String[] names = {"纯棉圆领T恤", "轻薄羽绒服", "高腰牛仔裤", "补水面膜", "保温杯", "每日坚果", "小白鞋", "丝绒口红", "蓝牙耳机", "牛肉干", "四件套", "空气炸锅"};
        for (int k = 0; k < names.length; k++) {
            products.add(new Product("P" + (k + 1), k + 1, names[k], List.of(), null, BigDecimal.TEN, null, 100, List.of("黑色", "奶白"),
                    null, null, null, null, null, null, null, null, null));
        }
        catalog = new Catalog(null, products);
    }

    private int next() {
        i = (i + 1) & (raw.length - 1);
        return i;
    }

    @Benchmark
    public Object normalize() {
        return TextNormalizer.normalize(raw[next()]);
    }

    @Benchmark
    public Object mask() {
        return PiiMasker.mask(normalized[next()]);
    }

    @Benchmark
    public Object intent() {
        return intent.predictPreprocessed(masked[next()]);
    }

    @Benchmark
    public Object entities() {
        return entities.extract(masked[next()], catalog, "P1");
    }

    @Benchmark
    public double sentiment() {
        return sentiment.probabilityOf(masked[next()], "positive");
    }

    @Benchmark
    public Object whole() {
        return understander.understand(raw[next()], catalog, "P1");
    }
}
