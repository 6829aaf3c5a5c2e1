package io.livecopilot.script.realize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.CatalogWriter;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.catalog.SizeRow;
import io.livecopilot.core.check.Violation;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.DraftGuard;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.PlannedSegment;
import io.livecopilot.script.SegmentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM writer: sends each planned segment to a chat model as a structured prompt (the segment, its length, the
 * style and persona, and the product's catalog facts as JSON), streamed; the answer must pass the fact guard and the
 * advertising-law check, and then the draft check ({@link DraftGuard#SCRIPT}) against the segment's built-in draft
 * and the product's facts — numbers, Latin words, contacts, return/freight/warranty, stock, size and sales promises
 * only where the draft or the facts have them — else the model is asked once more with the problems listed, else the
 * guard's repair is used when it keeps enough of the text and passes the draft check, else the built-in draft is used
 * (the reason is logged). A pitch always names its link
 * number and live price; sentences already said are dropped.
 */
public final class ChatModelSegmentWriter implements SegmentWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ChatModelSegmentWriter.class);
    private static final String DRAFT_RETRY = "这段稿子说了商品事实里没有的内容，请只用给出的事实重写整段，不写英文、联系方式、没有依据的数字和承诺。问题：";

    private final ChatModel model;
    private final SegmentWriter fallback;
    private final int retries;
    private final BiConsumer<PlannedSegment, String> onPartial;

    private ChatModelSegmentWriter(Builder b) {
        this.model = b.model;
        this.fallback = b.fallback;
        this.retries = b.retries;
        this.onPartial = b.onPartial;
    }

    public static Builder builder(ChatModel model) {
        return new Builder(model);
    }

    /** Builder: the model (required), the fallback writer (built-in), retries with violations (1), a listener for streamed text. */
    public static final class Builder {
        private final ChatModel model;
        private SegmentWriter fallback = new BuiltinSegmentWriter();
        private int retries = 1;
        private BiConsumer<PlannedSegment, String> onPartial = (s, t) -> {};

        private Builder(ChatModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        public Builder fallback(SegmentWriter w) { this.fallback = Objects.requireNonNull(w); return this; }

        public Builder retries(int n) {
            if (n < 0 || n > 3) throw new IllegalArgumentException("retries: must be 0 to 3, was " + n);
            this.retries = n;
            return this;
        }

        /** Called with each streamed piece of text as it arrives (for progress on stderr). */
        public Builder onPartial(BiConsumer<PlannedSegment, String> l) { this.onPartial = Objects.requireNonNull(l); return this; }

        public ChatModelSegmentWriter build() {
            return new ChatModelSegmentWriter(this);
        }
    }

    @Override
    public String id() {
        return "llm:" + model.id();
    }

    @Override
    public Written write(PlannedSegment seg, WritingContext ctx) {
        int targetChars = (int) Math.round(seg.seconds() * seg.speechShare() * ctx.charsPerSecond());
        List<ChatModel.Message> messages = new ArrayList<>();
        messages.add(ChatModel.Message.system(system(ctx)));
        messages.add(ChatModel.Message.user(user(seg, ctx, targetChars)));
        FactGuard guard = ctx.guard();
        String pid = seg.productId();
        Written draft = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            String text;
            try {
                ChatModel.ChatRequest req = new ChatModel.ChatRequest(messages, 0.8, Math.min(4000, Math.max(256, targetChars * 2)), 0);
                text = clean(model.chatStreaming(req, part -> onPartial.accept(seg, part)).text());
            } catch (LiveCopilotException | IllegalStateException e) {
                break; // the endpoint failed or was late: the built-in writer takes over
            }
            if (text.isBlank()) break;
            List<Violation> vs = guard.check(text, pid);
            if (vs.isEmpty()) {
                if (draft == null) draft = draftOf(seg, ctx);
                String problem = DraftGuard.SCRIPT.problem(text, draft.text() + "\n" + factsOf(seg, ctx));
                if (problem == null) return accept(seg, ctx, text, id());
                LOG.info("segment {} ({}): model text fails the draft check: {}", seg.kind().wire(), pid, problem);
                if (attempt < retries) {
                    messages.add(ChatModel.Message.assistant(text));
                    messages.add(ChatModel.Message.user(DRAFT_RETRY + problem));
                    continue;
                }
                break;
            }
            if (attempt < retries) {
                messages.add(ChatModel.Message.assistant(text));
                messages.add(ChatModel.Message.user(retryPrompt(vs)));
                continue;
            }
            // last chance: the guard's repair, if it keeps at least half of what was asked and passes the draft check
            FactGuard.Repaired r = guard.repair(text, pid);
            if (!r.text().isBlank() && WritingContext.spokenChars(r.text()) >= targetChars / 2 && guard.check(r.text(), pid).isEmpty()) {
                if (draft == null) draft = draftOf(seg, ctx);
                String problem = DraftGuard.SCRIPT.problem(r.text(), draft.text() + "\n" + factsOf(seg, ctx));
                if (problem == null) return accept(seg, ctx, r.text(), id() + "+repaired");
                LOG.info("segment {} ({}): repaired text fails the draft check: {}", seg.kind().wire(), pid, problem);
            }
        }
        Written w;
        if (draft != null) {
            ctx.ledger().add(draft.text()); // the draft is said after all
            w = draft;
        } else {
            w = fallback.write(seg, ctx);
        }
        return new Written(w.text(), w.cues(), "builtin(fallback)");
    }

    /** The built-in writer's segment, written without marking its sentences as said (the model's text may be kept instead). */
    private Written draftOf(PlannedSegment seg, WritingContext ctx) {
        Set<String> before = ctx.ledger().snapshot();
        Written w = fallback.write(seg, ctx);
        ctx.ledger().restore(before);
        return w;
    }

    /**
     * The facts a segment may draw on besides its draft, in words: the product's and the related products' catalog
     * values (names, link numbers, prices, promotions, stock, sizes, attributes, FAQ answers), the shop's name, and the
     * after-sale and shipping policy said the way the built-in writer says it (无理由退换, 运费险, 保修, 包邮). A return,
     * freight, warranty, stock or size promise is backed only when the catalog gives that fact.
     */
    static String factsOf(PlannedSegment seg, WritingContext ctx) {
        StringBuilder sb = new StringBuilder();
        if (ctx.shopName() != null) sb.append(ctx.shopName()).append('\n');
        List<Product> ps = new ArrayList<>();
        if (seg.product() != null) ps.add(seg.product());
        ps.addAll(seg.related());
        for (Product p : ps) {
            sb.append(p.name()).append('\n');
            p.aliases().forEach(a -> sb.append(a).append('\n'));
            if (p.linkNo() != null) sb.append(p.linkNo()).append("号链接\n");
            sb.append("直播价").append(Money.spoken(p.price())).append("元\n");
            if (p.listPrice() != null) sb.append("原价").append(Money.spoken(p.listPrice())).append("元\n");
            sb.append(Money.spoken(p.bestPrice())).append("元\n");
            if (p != seg.product()) continue; // of a related product only its name, link and prices
            if (p.category() != null) sb.append(p.category()).append('\n');
            p.attributes().forEach((k, v) -> sb.append(k).append(v).append('\n'));
            p.sellingPoints().forEach(x -> sb.append(x).append('\n'));
            p.suits().forEach(x -> sb.append(x).append('\n'));
            p.notFor().forEach(x -> sb.append(x).append('\n'));
            p.variants().forEach(x -> sb.append(x).append('\n'));
            for (Promotion pr : p.promotions()) {
                if (pr.text() != null) sb.append(pr.text()).append('\n');
                if (pr.discount() != null) sb.append(Money.spoken(pr.discount())).append('\n');
                if (pr.minSpend() != null) sb.append(Money.spoken(pr.minSpend())).append('\n');
            }
            for (Faq f : p.faq()) sb.append(f.a()).append('\n');
            for (SizeRow r : p.sizes()) {
                sb.append(r.size()).append("码");
                if (r.heightMin() != null) sb.append(' ').append(r.heightMin());
                if (r.heightMax() != null) sb.append(' ').append(r.heightMax());
                if (r.weightMin() != null) sb.append(' ').append(r.weightMin());
                if (r.weightMax() != null) sb.append(' ').append(r.weightMax());
                sb.append('\n');
            }
            if (p.stock() != null && p.stock() > 0) sb.append("库存").append(p.stock()).append("件\n");
            ProductVars v = ctx.vars(p);
            Map<String, String> b = v.base();
            if (b.containsKey("returns")) sb.append(b.get("returns")).append("天无理由退换 售后\n");
            if (b.containsKey("insurance")) sb.append("运费险\n");
            if (b.containsKey("warranty")) sb.append("保修").append(b.get("warranty")).append(" 质保\n");
            if (b.containsKey("free_all") || b.containsKey("regions")) sb.append("包邮\n");
            if (b.containsKey("hours")) sb.append(b.get("hours")).append("小时发货\n");
            if (b.containsKey("courier")) sb.append(b.get("courier")).append('\n');
        }
        return sb.toString();
    }

    /** Keeps the model's new sentences, drops those already said, and makes sure a pitch names its link and price. */
    private Written accept(PlannedSegment seg, WritingContext ctx, String text, String source) {
        StringBuilder sb = new StringBuilder();
        for (String s : SentenceLedger.sentences(text)) {
            if (ctx.ledger().take(s)) sb.append(s);
        }
        Composer c = new Composer(ctx, 0);
        c.append(sb.toString());
        Product p = seg.product();
        if (p != null && (seg.kind() == SegmentKind.PITCH || seg.kind() == SegmentKind.PROMO || seg.kind() == SegmentKind.RETURN)) {
            ProductVars v = ctx.vars(p);
            String t = c.text();
            boolean link = p.linkNo() == null || t.contains(p.linkNo() + "号");
            boolean price = t.contains(Money.spoken(p.price()) + "元");
            if (!link || !price) {
                if (p.soldOut()) {
                    c.noBuying();
                    c.sayAny(v.base(), "soldout");
                } else {
                    c.sayAny(v.base(), "anchor_live", "recap", "cta");
                }
            }
        }
        List<String> cues = new ArrayList<>();
        if (p != null && seg.kind() == SegmentKind.PITCH) cues.add(p.soldOut() ? "展示样品，说明已售罄" : "展示产品细节");
        if (seg.kind() == SegmentKind.INTERACTION) cues.add("发起互动，留时间看公屏");
        return new Written(c.text(), cues, source);
    }

    /** Plain spoken text: no markdown, no quotes around it, one paragraph. */
    static String clean(String s) {
        if (s == null) return "";
        String t = s.replace("\r", "");
        t = t.replaceAll("(?m)^\\s*#{1,6}\\s*", "").replaceAll("(?m)^\\s*[-*>]\\s+", "").replace("**", "").replace("`", "");
        t = t.replaceAll("(?m)^\\s*(主播|口播|文案|脚本)\\s*[:：]\\s*", "");
        t = t.replaceAll("\\s*\\n+\\s*", "");
        t = t.strip();
        if (t.length() >= 2 && (t.startsWith("“") && t.endsWith("”") || t.startsWith("\"") && t.endsWith("\""))) t = t.substring(1, t.length() - 1);
        return t;
    }

    private static String system(WritingContext ctx) {
        return "你是电商直播的脚本撰写助手，为主播" + ctx.persona() + "写口播稿，风格：" + ctx.style().chinese() + "。规则："
                + "1. 只使用用户消息里给出的商品事实（价格、优惠、库存、尺码、材质、参数、发货、售后），不编造任何数字、优惠、赠品或承诺；"
                + "2. 不用广告法禁用词：最、第一、顶级、极致、国家级、100%、绝对、永久、唯一、首选等，不写治疗、减肥、祛斑等功效，不贬低其他商家；"
                + "3. 已售罄的商品只能说已售罄和补货，不能叫人下单；"
                + "4. 不写联系方式、网址、表情以外的任何标记，输出一段纯文本口播稿，不要标题和解释；"
                + "5. 讲解商品时要说出链接号和直播价。";
    }

    private static String user(PlannedSegment seg, WritingContext ctx, int targetChars) {
        ObjectNode o = JSON.createObjectNode();
        o.put("segment", seg.kind().wire());
        o.put("segment_zh", seg.kind().label());
        o.put("target_chars", targetChars);
        if (seg.role() != null) o.put("role", seg.role().label());
        if (ctx.shopName() != null) o.put("shop", ctx.shopName());
        ObjectNode shop = CatalogWriter.toJson(new io.livecopilot.core.catalog.Catalog(ctx.catalog().shop(), List.of()));
        if (shop.has("shop")) o.set("shop_policy", shop.get("shop"));
        if (seg.product() != null) {
            Product p = seg.product();
            o.set("product", CatalogWriter.toJson(p));
            o.put("sold_out", p.soldOut());
            ArrayNode must = o.putArray("must_say");
            if (p.linkNo() != null) must.add(p.linkNo() + "号链接");
            must.add("直播价" + Money.spoken(p.price()) + "元");
            if (p.soldOut()) must.add("已售罄");
        }
        if (!seg.related().isEmpty()) {
            ArrayNode rel = o.putArray("products");
            for (Product p : seg.related()) {
                ObjectNode r = rel.addObject();
                r.put("id", p.id());
                if (p.linkNo() != null) r.put("link_no", p.linkNo());
                r.put("name", p.name());
                r.put("price", Money.spoken(p.price()));
                r.put("sold_out", p.soldOut());
            }
        }
        String what = switch (seg.kind()) {
            case OPENING -> "写开场：欢迎、自我介绍、预告今天的商品和福利、引导关注。";
            case PITCH -> "写这款商品的讲解：卖点（特点→优势→好处）、使用场景、常见问题、价格对比（原价、直播价、券后价）、尺码、库存、发货售后。";
            case PROMO -> "写促单：用真实的库存和优惠催促下单，不夸大。";
            case INTERACTION -> "写互动：投票扣1扣2、福袋、提问，不涉及价格承诺。";
            case RETURN -> "写返场：再介绍一次这款商品的重点和价格。";
            case CLOSING -> "写结束：回顾今天的商品、感谢观众、预告下次直播。";
        };
        return what + "约" + targetChars + "字。事实：" + o;
    }

    private static String retryPrompt(List<Violation> vs) {
        StringBuilder sb = new StringBuilder("这段稿子有以下问题，请改正后重写整段，只用给出的事实：");
        int n = 0;
        for (Violation v : vs) {
            if (n++ >= 12) break;
            sb.append("\n- “").append(v.text()).append("”：").append(v.detail());
            if (!v.suggestion().isEmpty()) sb.append("（可改为：").append(v.suggestion()).append("）");
        }
        return sb.toString();
    }

    /** For tests: the segment prompt. */
    static String promptFor(PlannedSegment seg, WritingContext ctx) {
        return user(seg, ctx, (int) Math.round(seg.seconds() * seg.speechShare() * ctx.charsPerSecond()));
    }

}
