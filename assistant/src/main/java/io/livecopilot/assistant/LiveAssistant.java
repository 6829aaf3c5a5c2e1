package io.livecopilot.assistant;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.LiveEvents;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.BuiltinChatModel;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.llm.FallbackChatModel;
import io.livecopilot.llm.GroundedPrompt;
import io.livecopilot.llm.WordingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The live assistant of one room: the pipeline for every comment — screen for attacks → understand (normalize, mask
 * personal data, intent, entities, sentiment) → decide (answer, recommend, ask back, escalate to the host, thank,
 * ignore) → compose from catalog facts → let the chat model reword it → guard the wording against the facts →
 * reply policy → out — plus the room context (product on show), per-viewer memory with slots, the host's top
 * questions and throttled replies to entries, follows, gifts and orders.
 *
 * <p>One object per room; all its state is inside it and time comes only from the events, so it can be snapshotted
 * or run as a keyed operator. Methods are synchronized: the stream of one room is fed by one thread, while the
 * server may read the top questions or review replies from another.
 *
 * <p>In a live stream with a {@link WordingStage} ({@link Builder#wordingStage}), the model words replies off the
 * stream's thread: {@link #onEvent} decides and gates each reply on its draft (so the reply policy does not depend on
 * the model), returns it with the draft's text, and leaves its {@link Wording} to {@link #takeWording}: the reply as
 * the model worded it when that passes the guards in time, else the draft. {@link #ask} calls the model in line.
 *
 * <pre>{@code
 * LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(nlu).build();
 * for (LiveEvent e : events) for (SuggestedReply r : a.onEvent(e)) send(r);
 * }</pre>
 */
public final class LiveAssistant {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAssistant.class);

    /** Options of the assistant beyond the reply policy. */
    public record Options(long questionWindowMs, int maxViewers, int pendingKept) {
        public static final Options DEFAULTS = new Options(60_000, 20_000, 2_000);

        public Options {
            if (questionWindowMs <= 0) throw LiveCopilotException.badInput("questionWindowMs: must be > 0, was " + questionWindowMs);
            if (maxViewers <= 0) throw LiveCopilotException.badInput("maxViewers: must be > 0, was " + maxViewers);
            if (pendingKept <= 0) throw LiveCopilotException.badInput("pendingKept: must be > 0, was " + pendingKept);
        }
    }

    /** Counters of what the assistant did, for logs and the dashboard. */
    public record Stats(long comments, long replies, long ignored, long attacks, long modelCalls, long guardRejections) {}

    private final Catalog catalog;
    /** The catalog's products by id ({@code Catalog.byId} scans the list at every call; resolved several times a comment). */
    private final Map<String, Product> byId;
    private final CommentUnderstander understander;
    private final ChatModel chatModel;
    private final WordingStage stage;
    private final boolean builtinModel;
    private final ReplyPolicy policy;
    private final Options options;
    private final KnowledgeBase kb;
    private final Composer composer;
    private final Function<GuardCheck, Boolean> extraGuard;
    private final FactGuard factGuard;
    private FactGuard roomGuard;
    private int roomGuardVersion;
    private final QuestionAggregator questions;
    private final LiveCoupons coupons;
    /** Comments of the question window restored from the store, understood when the assistant is next used. */
    private final java.util.ArrayDeque<Recalled> recalled = new java.util.ArrayDeque<>();
    private final ViewerMemory.Table viewers;
    private final LinkedHashMap<String, Long> answered = new LinkedHashMap<>();
    private final LinkedHashMap<String, SuggestedReply> recent;
    /** The live replies the wording stage is working on, by reply id, until {@link #takeWording} takes them. */
    private final LinkedHashMap<String, Wording> wordings = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Wording> e) {
            return size() > WORDINGS_KEPT;
        }
    };
    private static final int WORDINGS_KEPT = 10_000;
    private final Map<String, Long> lastEventReply = new LinkedHashMap<>();
    private String room;
    /** Volatile: {@link #understand} reads it from worker threads without the lock. */
    private volatile String onShow;
    private long now = Long.MIN_VALUE;
    /**
     * Whether the question window may hold comments older than its start at {@link #now}: set when {@code now} moves or
     * a comment is added, cleared by {@link QuestionAggregator#advance} — which otherwise finds nothing to evict.
     */
    private boolean windowMoved;
    private long seq;
    private double tokens;
    private long tokensTs = Long.MIN_VALUE;
    private long comments, replies, ignored, attacks, modelCalls, guardRejections;

    /** What an extra guard is asked about a model's wording; {@code catalog} has the room's released coupons among its products' promotions. */
    public record GuardCheck(String text, String draft, List<String> sources, String product, Catalog catalog) {}

    private LiveAssistant(Builder b) {
        this.catalog = b.catalog;
        java.util.HashMap<String, Product> ids = new java.util.HashMap<>();
        for (Product p : b.catalog.products()) ids.putIfAbsent(p.id(), p); // the first of an id, as Catalog.byId finds it
        this.byId = ids;
        this.understander = b.understander;
        this.chatModel = b.chatModel;
        this.stage = b.stage;
        this.builtinModel = b.chatModel instanceof BuiltinChatModel && b.stage == null;
        this.policy = b.policy;
        this.options = b.options;
        this.coupons = new LiveCoupons(b.catalog);
        this.kb = b.knowledgeBase != null ? b.knowledgeBase : new KnowledgeBase(b.catalog);
        this.composer = new Composer(kb, coupons);
        this.extraGuard = b.extraGuard;
        this.factGuard = builtinModel ? null : (b.factGuard != null ? b.factGuard : new FactGuard(b.catalog));
        this.questions = new QuestionAggregator(options.questionWindowMs());
        this.viewers = new ViewerMemory.Table(options.maxViewers());
        this.recent = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SuggestedReply> e) {
                return size() > options.pendingKept();
            }
        };
        this.room = b.room;
        this.tokens = policy.roomBurst();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The product being presented now, or {@code null}. */
    public synchronized String productOnShow() {
        return onShow;
    }

    /**
     * Takes one event of the room: a comment gets its suggested reply (or none), {@code product_show} and
     * {@code segment} set the product on show, clicks and orders go into the viewer's memory, and entries, follows,
     * gifts and orders get throttled thanks.
     */
    public synchronized List<SuggestedReply> onEvent(LiveEvent e) {
        Objects.requireNonNull(e, "event");
        if (!recalled.isEmpty()) recall();
        // LiveEvents, not e.ts()/e.room(): those are interface calls to one of 16 record classes per event (replay's hot path)
        if (room == null) room = LiveEvents.room(e);
        long ts = LiveEvents.ts(e);
        if (ts > now) {
            now = ts;
            windowMoved = true;
        }
        if (windowMoved) {
            questions.advance(now);
            windowMoved = false;
        }
        if (e instanceof LiveEvent.Comment c) return onComment(c);
        // the most frequent events change nothing more: no viewer memory, no coupon, no thanks
        if (e instanceof LiveEvent.Like || e instanceof LiveEvent.Leave) return List.of();
        fold(e);
        if (e instanceof LiveEvent.Enter en) {
            return eventReply(en, "enter", "欢迎来到直播间，有问题随时问～", List.of());
        } else if (e instanceof LiveEvent.Follow f) {
            return eventReply(f, "follow", "感谢关注❤", List.of());
        } else if (e instanceof LiveEvent.Gift g) {
            return eventReply(g, "gift", "感谢礼物支持❤", List.of());
        } else if (e instanceof LiveEvent.Order o) {
            Product extra = o.product() == null ? null : kb.complement(o.product());
            if (extra != null) {
                return eventReply(o, "order", "感谢下单❤ 搭配" + Composer.label(extra) + "一起用更合适～",
                        List.of(extra.id() + ".suits"));
            }
            return eventReply(o, "order", "感谢下单❤", List.of());
        }
        return List.of();
    }

    /**
     * Folds a past event of the room into the assistant's state without suggesting any reply — for a room rebuilt from
     * the store after a restart: the product on show, viewers' clicks, carts and orders (recommendations), the coupons
     * released, and the comments of the last question window (the host's top questions). Those comments are understood
     * when the assistant is next used, and only those still inside the window then, so a long stored session costs no
     * understanding. Nothing is counted as a reply, and no throttle is spent.
     */
    public synchronized void restore(LiveEvent e) {
        Objects.requireNonNull(e, "event");
        if (room == null) room = e.room();
        if (e.ts() > now) now = e.ts();
        windowMoved = true;
        if (e instanceof LiveEvent.Comment c) {
            recalled.addLast(new Recalled(c, onShow));
            long from = now - options.questionWindowMs();
            while (recalled.size() > RECALLED_MAX || recalled.peekFirst().comment().ts() < from) recalled.removeFirst();
        } else {
            fold(e);
        }
    }

    /** What an event other than a comment changes, live or restored: the product on show, viewers' memories, coupons. */
    private void fold(LiveEvent e) {
        if (e instanceof LiveEvent.ProductShow ps) {
            if (ps.product() != null) onShow = ps.product();
        } else if (e instanceof LiveEvent.Segment sg) {
            if (sg.product() != null) onShow = sg.product();
        } else if (e instanceof LiveEvent.ProductClick pc) {
            viewers.of(pc.user()).clicked(pc.product());
        } else if (e instanceof LiveEvent.AddToCart ac) {
            viewers.of(ac.user()).clicked(ac.product());
        } else if (e instanceof LiveEvent.Order o) {
            viewers.of(o.user()).bought(o.product());
        } else if (e instanceof LiveEvent.Coupon c) {
            coupons.release(c);
        }
    }

    /** A restored comment and the product on show when it was written. */
    private record Recalled(LiveEvent.Comment comment, String show) {}

    private static final int RECALLED_MAX = 200_000;

    /** Puts the restored comments still inside the question window into the host's questions, as {@link #onComment} would. */
    private void recall() {
        long from = now - options.questionWindowMs();
        while (!recalled.isEmpty()) {
            Recalled r = recalled.removeFirst();
            LiveEvent.Comment c = r.comment();
            if (c.ts() < from) continue;
            UnderstoodComment u = understandWith(c.text(), r.show(), r.show(), false);
            if (!QuestionAggregator.aggregated(u.routed)) continue;
            if (u.threat != null && u.threat != SafetyScreen.Threat.FAKE_ANNOUNCEMENT) continue;
            String product;
            if (productSpecific(u.routed)) {
                Product p = resolve(u.entities, null, r.show());
                product = p == null ? null : p.id();
            } else {
                product = u.understanding.entities().product();
            }
            questions.add(c.ts(), u.routed, product, c.user() == null ? "" : c.user(), u.understanding.text());
        }
        questions.advance(now);
    }

    /** The host's top questions of the recent window, most asked (and most urgent) first. */
    public synchronized List<QuestionGroup> topQuestions(int limit) {
        if (!recalled.isEmpty()) recall();
        if (limit <= 0) return List.of();
        return questions.top(limit);
    }

    /**
     * What the assistant does with one comment outside a live stream (the {@code ask} verb): no reply policy and no
     * host queue; each comment names its own product (or means the one on show), but a question waiting for a
     * missing detail (height and weight) carries over to the viewer's next call.
     */
    public synchronized AskResult ask(String text, String user, String productOnShow) {
        return ask(understand(text, productOnShow), user);
    }

    /**
     * The stateless half of the pipeline for one comment: understood, gaps filled, routed and screened, with the product
     * {@code productOnShow} on show ({@code null}: the one on show when {@link #ask(UnderstoodComment, String)} decides).
     * Thread-safe and free of the room's state, so comments can be understood in parallel ahead of their decisions.
     */
    public UnderstoodComment understand(String text, String productOnShow) {
        return understandWith(text, productOnShow, productOnShow != null ? productOnShow : onShow, true);
    }

    /**
     * {@link #ask(String, String, String)} for a comment understood ahead by {@link #understand}: the stateful half
     * (viewer memory, product, compose, guard). Comments of one viewer must come in the order they were typed.
     */
    public synchronized AskResult ask(UnderstoodComment comment, String user) {
        Objects.requireNonNull(comment, "comment");
        if (!recalled.isEmpty()) recall();
        String show = comment.requestedShow != null ? comment.requestedShow : onShow;
        UnderstoodComment c = Objects.equals(show, comment.show) ? comment : understandWith(comment.text, comment.requestedShow, show, false);
        Turn t = decide(c, user == null ? "" : user, show, now, false);
        Understanding u = t.understanding;
        String reply = t.draft.text() == null || t.draft.decision() == Decision.IGNORE ? null : t.text;
        return new AskResult(INTENT_WIRE[t.intent.ordinal()], u.confidence(), (t.entities != null ? t.entities : u.entities()).toMap(),
                SENTIMENT_WIRE[u.sentiment().ordinal()], reply,
                reply == null ? List.of() : t.draft.sources(), t.draft.recommend(), t.draft.decision());
    }

    /** {@link Intent#wire()} and {@link io.livecopilot.core.nlu.Sentiment#wire()} of each constant, made once (wire() lower-cases the name at every call). */
    private static final String[] INTENT_WIRE = java.util.Arrays.stream(Intent.values()).map(Intent::wire).toArray(String[]::new),
            SENTIMENT_WIRE = java.util.Arrays.stream(io.livecopilot.core.nlu.Sentiment.values()).map(io.livecopilot.core.nlu.Sentiment::wire).toArray(String[]::new);

    /**
     * How many lines a stream of one viewer's comments ({@code ask --file}) remembers what a line told: the product
     * named, height and weight, a size question waiting for them, the product a follow-up means. What the viewer told
     * carries over to the next {@value} lines after the last line that told something, and lapses after them.
     */
    public static final int CARRY_LINES = 3;

    /**
     * {@link #ask(UnderstoodComment, String)} for line {@code line} (counted from any start, one more per comment) of a
     * stream of {@code user}'s comments, the lines of {@code ask --file}: what the viewer told carries over only to the
     * next {@link #CARRY_LINES} lines after the last one that told something. A short dialogue typed line by line ("1号什么码",
     * "160 100斤") is followed; a file of unrelated reviews is answered line by line, a product named in one review not
     * taken for the one a review much further down asks about.
     */
    public synchronized AskResult ask(UnderstoodComment comment, String user, long line) {
        ViewerMemory vm = viewers.of(user == null ? "" : user);
        if (line - vm.toldLine > CARRY_LINES) vm.forget();
        ViewerMemory.Held before = vm.held();
        AskResult r = ask(comment, user);
        if (vm.toldSince(before)) vm.toldLine = line;
        return r;
    }

    /** Approves, edits or rejects a pending (or escalated) reply; empty when the id is unknown or no longer kept. */
    public synchronized Optional<SuggestedReply> review(String id, ReviewAction action, String text) {
        SuggestedReply r = recent.get(id);
        if (r == null) return Optional.empty();
        SuggestedReply out = switch (action) {
            case APPROVE -> r.withStatus(SuggestedReply.APPROVED, r.reply());
            case REJECT -> r.withStatus(SuggestedReply.REJECTED, r.reply());
            case EDIT -> {
                if (text == null || text.isBlank()) throw LiveCopilotException.badInput("text: must not be empty when editing a reply");
                StringBuilder sb = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c >= 0x200B && c <= 0x200F || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF || c >= 0x202A && c <= 0x202E) continue;
                    sb.append(c == '<' ? '〈' : c == '>' ? '〉' : c);
                }
                String t = finish(sb.toString());
                yield r.withStatus(SuggestedReply.EDITED, t);
            }
        };
        recent.put(id, out);
        return Optional.of(out);
    }

    /** The replies awaiting review, oldest first. */
    public synchronized List<SuggestedReply> pending() {
        List<SuggestedReply> out = new ArrayList<>();
        for (SuggestedReply r : recent.values()) if (SuggestedReply.PENDING.equals(r.status())) out.add(r);
        return out;
    }

    public synchronized Stats stats() {
        return new Stats(comments, replies, ignored, attacks, modelCalls, guardRejections);
    }

    // ---- the pipeline -------------------------------------------------------------------------------------------

    /** One comment after the pipeline, before the reply policy. */
    private static final class Turn {
        Understanding understanding;
        Entities entities;
        Intent intent;
        Product product;
        Draft draft;
        String text;
        boolean slotFill;
        /** Whether the comment only switched product ("那2号呢"), asking the viewer's previous question again. */
        boolean switched;
        SafetyScreen.Threat threat;
        /** The comment as the prompt gives it, when the wording stage is to word the reply after the policy. */
        String toWord;
    }

    private Turn process(String raw, String user, String show, long ts, boolean live) {
        return decide(understandWith(raw, show, show, false), user, show, ts, live);
    }

    /**
     * The stateless half: understand, fill the gaps, route, and screen when a reply may follow; with {@code ahead}, also
     * what the reply needs from the catalog alone (for the product the decision will pick when no viewer memory
     * intervenes), so that it is not worked out on the deciding thread.
     */
    private UnderstoodComment understandWith(String raw, String requestedShow, String show, boolean ahead) {
        return understandWith(raw, requestedShow, show, ahead, false);
    }

    /**
     * {@link #understandWith(String, String, String, boolean)}; {@code clean}: the text is known to screen clean
     * ({@code SafetyScreen.screen(raw, true) == null}, what {@link SafetyScreen#separate} returns), so it is not screened again.
     */
    private UnderstoodComment understandWith(String raw, String requestedShow, String show, boolean ahead, boolean clean) {
        String text = raw == null ? "" : raw;
        Understanding u = understander.understand(text, catalog, show);
        String normalized = u.text() == null ? text : u.text();
        Entities e = Gaps.fill(u.entities(), normalized, catalog);
        Intent routed = Cues.route(u.intent(), u.confidence(), normalized, e);
        routed = reroute(routed, normalized, e, show);
        // a comment left without a reply is screened only when it may be a fake announcement ("主播说…免单"): that one
        // gets the catalog's true terms; the character gate keeps the others ("666", "来了") free of the screen
        boolean screened = !ignored(routed) || routed == Intent.SPAM || SafetyScreen.mayBeFakeAnnouncement(text);
        boolean fake = screened && screensFake(routed);
        SafetyScreen.Threat threat = screened && !clean ? SafetyScreen.screen(text, fake) : null;
        UnderstoodComment real = null;
        if (threat != null && threat != SafetyScreen.Threat.FAKE_ANNOUNCEMENT && threat != SafetyScreen.Threat.FLOOD) {
            // an attack around a real question: the question is answered when the attack's clauses can be cut out whole
            // (what is left screens clean, so it has no threat and no real question of its own, and is not screened again;
            // it is understood only when it reads as a question at all)
            String rest = SafetyScreen.separate(text);
            if (rest != null && questionLike(rest)) {
                UnderstoodComment r = understandWith(rest, requestedShow, show, ahead, true);
                if (SEPARABLE.contains(r.routed)) real = r;
            }
        }
        Composer.Ahead prepared = null;
        if (ahead && screened && (threat == null || threat == SafetyScreen.Threat.FAKE_ANNOUNCEMENT)) {
            prepared = composer.ahead(routed, normalized, e, resolve(e, null, show));
        }
        return new UnderstoodComment(text, requestedShow, show, u, e, routed, screened, fake, threat, prepared, real);
    }

    /**
     * The facts a comment asks about when its words say so whatever the classifier said: a place with 发/邮/寄/快递 is
     * a shipping question ("5号发新疆吗"); a question that restates a FAQ or names an attribute of its product, left
     * unplaced by the classifier (other, praise, greeting, interaction), is a product question ("这个辣吗"); so is an
     * A不A question about one of its product's facts read as a complaint ("牛肉干辣不辣": the 不 of a question is no
     * complaint's), and so is a question how long the warranty is ("保修几个月"). A product question with a warranty word (保修, 质保, 三包) is an after-sale question.
     */
    private Intent reroute(Intent routed, String text, Entities e, String show) {
        if (routed == Intent.COMPLAINT && text != null && Composer.warrantyWord(text)
                && (text.contains("几") || text.contains("多久") || text.contains("多长") || text.contains("多少"))) {
            return Intent.ASK_AFTERSALE; // "充电宝保修几个月": how long the warranty is, not a complaint
        }
        if (routed == Intent.COMPLAINT && text != null && Cues.eitherOr(text)) {
            Product p = resolve(e, null, show);
            return p != null && FactMatch.any(p, text) ? Intent.ASK_SPEC : routed;
        }
        if (routed == Intent.COMPLAINT && text != null && FactMatch.measureAsked(text)) {
            // "鞋跟多高", "绳子多长": how big a part is, asked of an attribute that holds it, is no complaint
            Product p = resolve(e, null, show);
            if (p != null && !FactMatch.attributes(p, text, 1, true).isEmpty()) return Intent.ASK_SPEC;
        }
        if (routed != Intent.SPAM && routed != Intent.ASK_PRICE && text != null && text.contains("多少")
                && FactMatch.onlyHowMuch(resolve(e, null, show), text)) {
            return Intent.ASK_PRICE; // "瑜伽垫多少", "2号多少呀": a product and 多少 alone ask its price
        }
        if (routed == Intent.SPAM || routed == Intent.COMPLAINT || routed == Intent.ORDER_ISSUE || text == null || text.isEmpty()) return routed;
        if ((routed == Intent.ASK_SPEC || routed == Intent.ASK_USAGE || routed == Intent.ASK_VARIANT) && Composer.warrantyWord(text)) {
            return Intent.ASK_AFTERSALE; // "空气炸锅保修多久": the product's name weighed for spec, 保修 is after-sale
        }
        if (routed != Intent.ASK_SHIPPING && Cues.shipsTo(text, e.region(), catalog)) return Intent.ASK_SHIPPING;
        boolean open = routed == Intent.OTHER || routed == Intent.PRAISE || routed == Intent.GREETING || routed == Intent.INTERACTION;
        if (open && Cues.asks(text)) {
            Product p = resolve(e, null, show);
            if (p != null && FactMatch.any(p, text)) return Intent.ASK_SPEC;
        }
        // a measure of the product asked ("裤子多长", "鞋跟多高") that one of its attributes holds: read as a size question
        // without height or weight, as a comparison of one product, or unplaced, it asks that attribute
        boolean measure = open || routed == Intent.COMPARE && e.products().size() < 2
                || routed == Intent.ASK_SIZE && e.heightCm() == null && e.weightKg() == null && e.size() == null;
        if (measure && FactMatch.dimensionAsked(text) != 0) {
            Product p = resolve(e, null, show);
            if (p != null && !FactMatch.attributes(p, text, 1, true).isEmpty()) return Intent.ASK_SPEC;
        }
        return routed;
    }

    /** Intents that get no reply and are not counted for the host. */
    private static boolean ignored(Intent i) {
        return i == Intent.OTHER || i == Intent.INTERACTION || i == Intent.SPAM;
    }

    /**
     * Whether to look for a fake announcement in a comment of this intent: always — a fake one is answered with the
     * catalog's true terms whatever the classifier made of it (greeting, thanks, complaint, spam).
     */
    private boolean screensFake(Intent i) {
        return true;
    }

    /** Intents of a real question that is answered when an attack around it can be cut out. */
    private static final java.util.Set<Intent> SEPARABLE = java.util.EnumSet.of(Intent.ASK_PRICE, Intent.ASK_DISCOUNT, Intent.ASK_STOCK,
            Intent.ASK_SIZE, Intent.ASK_VARIANT, Intent.ASK_SPEC, Intent.ASK_USAGE, Intent.ASK_LINK, Intent.ASK_SHIPPING, Intent.ASK_AFTERSALE,
            Intent.ASK_AUTHENTICITY, Intent.ASK_RECOMMEND, Intent.COMPARE);

    private static final String[] MORE_QUESTION_WORDS = {"多久", "多长", "啥", "咋", "如何"};

    /** Whether what is left of a hostile comment reads as a question ("便宜卖" of an ad does not). */
    private static boolean questionLike(String text) {
        if (Cues.asks(text)) return true;
        for (String w : MORE_QUESTION_WORDS) if (text.contains(w)) return true;
        return false;
    }

    /** Intents whose answer is a catalog fact of their own, kept when a comment also carries a fake announcement. */
    private static final java.util.Set<Intent> FACTUAL = java.util.EnumSet.of(Intent.ASK_PRICE, Intent.ASK_DISCOUNT, Intent.ASK_STOCK,
            Intent.ASK_SIZE, Intent.ASK_VARIANT, Intent.ASK_SHIPPING, Intent.ASK_AFTERSALE, Intent.ASK_RECOMMEND, Intent.COMPARE);
    private static final String[] CLAIM_AFTERSALE = {"保修", "质保", "包换", "退", "赔"};
    private static final String[] CLAIM_SHIPPING = {"包邮", "邮费", "运费", "顺丰", "发货"};

    /**
     * What a comment carrying a fake announcement is answered as: an after-sale or shipping claim ("终身保修", "退一百天",
     * "全国包邮") with the true terms, any other (prices, 免单, 打一折, 买一送五) with the product's true price and offers; a
     * comment whose own question is another catalog fact keeps it.
     */
    private static Intent claimed(Intent intent, String text) {
        if (intent != Intent.ASK_AFTERSALE && intent != Intent.ASK_PRICE && intent != Intent.ASK_DISCOUNT) {
            for (String w : CLAIM_AFTERSALE) if (text.contains(w)) return Intent.ASK_AFTERSALE;
            if (intent != Intent.ASK_SHIPPING) for (String w : CLAIM_SHIPPING) if (text.contains(w)) return Intent.ASK_SHIPPING;
        }
        return FACTUAL.contains(intent) ? intent : Intent.ASK_DISCOUNT;
    }

    /** The stateful half: slot filling from the viewer's memory, the product, the draft and its wording. */
    private Turn decide(UnderstoodComment c, String user, String show, long ts, boolean live) {
        if (c.real != null) return decide(c.real, user, show, ts, live); // the real question around an attack
        comments++;
        String text = c.text;
        Turn t = new Turn();
        Understanding u = c.understanding;
        t.understanding = u;
        t.intent = u.intent();
        ViewerMemory vm = viewers.of(user);
        vm.touch(ts);
        String normalized = u.text() == null ? text : u.text();
        Entities e = c.entities;
        t.entities = e;
        boolean measures = e.heightCm() != null || e.weightKg() != null;
        // the product the viewer's previous comment was about: a follow-up ("42码有吗", "那M呢") means it
        Product previous = vm.lastTopic == null ? null : byId.get(vm.lastTopic);
        Intent previousIntent = vm.lastIntent;
        vm.lastTopic = null;
        vm.lastIntent = null;
        boolean unnamed = e.product() == null && e.linkNo() == null;
        Product product = null;
        // the product a size question waits for: the one asked back about, else — for measures naming no product
        // ("180 160斤穿几码", "体重九十斤") — the sized product the viewer's previous comment was about
        String sizing = vm.pendingSizeProduct;
        if (sizing == null && measures && unnamed && previous != null && Composer.ranged(previous)) sizing = previous.id();
        // ... else the sized product asked about before, when the comments since were about products without a chart
        // ("衬衫多少钱" → "这个有运费险吗" with tea on show → "我183 82kg穿几码")
        if (sizing == null && measures && unnamed && vm.sizedProduct != null && (previous == null || previous.sizes().isEmpty())) {
            sizing = vm.sizedProduct;
        }
        if (sizing != null && measures && (t.intent == Intent.ASK_SIZE || !asksOther(t.intent))) {
            t.intent = Intent.ASK_SIZE;
            t.slotFill = true;
            product = e.product() != null ? byId.get(e.product()) : null;
            // a product read out of the measures ("45斤" is no rice) cannot be sized: the pending question's product is meant
            if (product != null && product.sizes().isEmpty()) product = null;
            if (product == null) product = sizing == null ? null : byId.get(sizing);
        } else if (previousIntent != null && !unnamed && (product = switchedTo(normalized, e)) != null) {
            t.intent = previousIntent; // "那2号呢": the previous question again, of the product named now (height and weight kept)
            t.switched = true;
        } else {
            t.intent = c.routed;
        }
        if (ignored(t.intent) && t.intent != Intent.SPAM && e.size() != null && unnamed && previous != null
                && Composer.namedSize(previous, normalized, e.size()) != null && Cues.asks(normalized)) {
            t.intent = Intent.ASK_SIZE; // "那M呢" after a size question: the same product in another size
        }
        if (vm.pendingSizeProduct != null && !unnamed && !t.slotFill) {
            // "4号什么码" → "算了看7号" → "176 72kg": the waiting size question moves to the sized product named now
            Product named = resolve(e, null, null);
            if (named != null && Composer.ranged(named)) vm.pendingSizeProduct = named.id();
        }
        if (ignored(t.intent) && t.intent != Intent.SPAM && !unnamed && c.threat == null) {
            // "我想要冲锋衣" gets no reply, but it says which product the viewer's next comments ("186cm", "85kg 穿啥码") mean
            Product named = resolve(e, null, null);
            if (named != null) {
                vm.product = named.id();
                if (Composer.ranged(named)) vm.sizedProduct = named.id();
            }
        }
        if (ignored(t.intent) && !(c.screened && c.threat == SafetyScreen.Threat.FAKE_ANNOUNCEMENT)) {
            // nothing will be said and nothing counted for the host: no need to look further
            ignored++;
            if (t.intent == Intent.SPAM) attacks++;
            t.draft = Draft.IGNORE;
            return t;
        }
        t.threat = c.threat(screensFake(t.intent));
        if (t.threat != null && t.threat != SafetyScreen.Threat.FAKE_ANNOUNCEMENT) {
            attacks++;
            ignored++;
            t.draft = Draft.IGNORE;
            return t;
        }
        if (measures) vm.measured(e.heightCm(), e.weightKg(), e.product());
        boolean followUp = product == null && unnamed && previous != null && followsUp(t.intent, normalized, e, previous);
        if (followUp) product = previous;
        // the product the viewer named before (ask and the live stream alike), unless `ask --product` pins the comment's
        boolean pinned = !live && c.requestedShow != null;
        boolean fake = t.threat == SafetyScreen.Threat.FAKE_ANNOUNCEMENT;
        // a fake announcement naming no product is about the one on show, if any, not one the viewer asked about before
        boolean remembered = !pinned && productSpecific(t.intent) && !(fake && unnamed);
        if (product == null) product = resolve(e, remembered ? vm : null, show);
        t.product = product;
        if ((t.intent == Intent.ASK_SPEC || t.intent == Intent.ASK_VARIANT) && product != null && !product.sizes().isEmpty()
                && (e.size() != null || measures || Cues.asksSize(normalized))) {
            t.intent = Intent.ASK_SIZE; // "1号有XL吗", "160能穿吗", "这件选哪个码": a size question whatever the classifier said
        }
        if (product != null && (e.product() != null || e.linkNo() != null)) vm.product = product.id();
        if (product != null && Composer.ranged(product)) vm.sizedProduct = product.id();
        if (product != null && (!unnamed || t.slotFill || followUp || t.switched)) {
            vm.lastTopic = product.id();
            vm.lastIntent = productSpecific(t.intent) ? t.intent : null;
        }
        // "主播刚说买一送十，确认一下": a fake offer gets the real offers (or terms) of the product, never a greeting, thanks
        // or "已经转告主播安排"
        Intent asked = fake ? claimed(t.intent, normalized) : t.intent;
        Draft d = composer.compose(new Composer.Turn(asked, normalized, e, product, vm, show, t.slotFill, fake, c.ahead));
        t.draft = d;
        if (d.decision() == Decision.IGNORE || d.text() == null) {
            ignored++;
            return t;
        }
        String out = d.text();
        if (!builtinModel && !fake && (d.decision() == Decision.ANSWER || d.decision() == Decision.RECOMMEND)) {
            if (live && stage != null) t.toWord = normalized; // worded off this thread once the policy lets the reply out
            else out = reword(d, normalized, product);
        }
        t.text = finish(out);
        return t;
    }

    /**
     * Whether a comment naming no product follows up on the viewer's previous one about {@code previous}: a size
     * question naming a size (on its chart or not: "42码有吗", "46码呢"), or a variant question naming one of its variants.
     */
    private static boolean followsUp(Intent intent, String text, Entities e, Product previous) {
        if (intent == Intent.ASK_SIZE && !previous.sizes().isEmpty()) {
            return Composer.namedSize(previous, text, e.size()) != null || Composer.askedSize(text, e.size()) != null;
        }
        if (intent == Intent.ASK_VARIANT && e.color() != null) {
            for (String v : previous.variants()) if (v.contains(e.color()) || e.color().contains(v)) return true;
        }
        return false;
    }

    /**
     * The product a comment that only switches product names ("那2号呢", "3号的呢", "那音箱呢"): nothing else is left once
     * the product's names and link number and the function words are taken out, and it ends with 呢; {@code null} otherwise.
     */
    private Product switchedTo(String text, Entities e) {
        if (text == null) return null;
        int end = text.length();
        while (end > 0 && "?？!！~～。. ".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end == 0 || end > 16 || text.charAt(end - 1) != '呢') return null;
        Product p = resolve(e, null, null);
        if (p == null) return null;
        for (Character ch : FactMatch.content(FactMatch.stripNames(p, text))) if (ch != '话') return null;
        return p;
    }

    /** Whether the intent asks about something other than size (so measures in it do not answer a size question). */
    private static boolean asksOther(Intent i) {
        return i.isQuestion() && i != Intent.ASK_SIZE || i == Intent.COMPLAINT || i == Intent.SPAM;
    }

    private Product resolve(Entities e, ViewerMemory vm, String show) {
        if (e.product() != null) {
            Product p = byId.get(e.product());
            if (p != null) return p;
        }
        if (e.linkNo() != null) {
            Optional<Product> p = catalog.byLinkNo(e.linkNo());
            if (p.isPresent()) return p.get();
        }
        if (vm != null && vm.product != null) {
            Product p = byId.get(vm.product);
            if (p != null) return p;
        }
        if (show != null) {
            Product p = byId.get(show);
            if (p != null) return p;
        }
        return catalog.products().size() == 1 ? catalog.products().get(0) : null;
    }

    /**
     * Lets the chat model reword the draft; its text is kept only when it passes the draft check (numbers, promises,
     * key facts), the catalog-wide {@link FactGuard} and any extra guard — else the draft stands.
     */
    private String reword(Draft d, String comment, Product product) {
        modelCalls++;
        String text;
        try {
            text = chatModel.chat(new GroundedPrompt(d.facts(), d.text(), comment).toRequest(0)).text();
        } catch (RuntimeException ex) {
            LOG.warn("chat model {} failed, the draft is sent: {}", chatModel.id(), ex.getMessage());
            return d.text();
        }
        String ok = checked(text, d, comment, product == null ? null : product.id(), roomGuard());
        if (ok == null) {
            guardRejections++;
            return d.text();
        }
        return ok;
    }

    /**
     * A model's wording of the draft, stripped, when it passes the draft check (numbers, promises, key facts), the fact
     * guard of the room and any extra guard; else {@code null}.
     */
    private String checked(String text, Draft d, String comment, String productId, FactGuard guard) {
        text = text == null ? "" : text.strip();
        boolean ok = ReplyGuard.passes(text, d, comment)
                && guard.passes(text, productId)
                && (extraGuard == null || Boolean.TRUE.equals(extraGuard.apply(
                new GuardCheck(text, d.text(), d.sources(), productId, guard.catalog()))));
        return ok ? text : null;
    }

    /** Hands a live reply that the policy lets out to the wording stage. */
    private void word(SuggestedReply r, Turn t) {
        modelCalls++;
        WordingStage.Call call = stage.submit(new GroundedPrompt(t.draft.facts(), t.draft.text(), t.toWord).toRequest(0));
        wordings.put(r.id(), new Wording(r, call, t.draft, t.toWord, t.product == null ? null : t.product.id(), roomGuard()));
    }

    /** Whether live replies are worded by a {@link WordingStage} (then see {@link #takeWording}). */
    public boolean wordsLive() {
        return stage != null;
    }

    /**
     * Takes the wording of a live reply just returned by {@link #onEvent}: {@code null} when the reply is sent as it is
     * (no stage, not an answer, suppressed by the policy); else the caller sends {@link Wording#await()} instead.
     */
    public synchronized Wording takeWording(String replyId) {
        return wordings.isEmpty() ? null : wordings.remove(replyId);
    }

    /**
     * A live reply being worded by the {@link WordingStage}: its draft, and the reply to send — the model's wording when
     * it comes within the deadline and passes the guards (the same as {@link #ask}'s), else the draft.
     */
    public final class Wording {
        private final SuggestedReply draft;
        private final WordingStage.Call call;
        private final Draft d;
        private final String comment;
        private final String productId;
        private final FactGuard guard;
        private volatile SuggestedReply result;

        private Wording(SuggestedReply draft, WordingStage.Call call, Draft d, String comment, String productId, FactGuard guard) {
            this.draft = draft;
            this.call = call;
            this.d = d;
            this.comment = comment;
            this.productId = productId;
            this.guard = guard;
        }

        /** The reply with the draft's text, as the policy let it out. */
        public SuggestedReply draft() {
            return draft;
        }

        /** Whether {@link #await()} returns at once. */
        public boolean ready() {
            return result != null || call.ready();
        }

        /** How the stage's call ended ({@code null} until {@link #await()} has returned). */
        public WordingStage.Outcome outcome() {
            return call.outcome();
        }

        /**
         * The reply to send, waiting for the model at most until its deadline: the model's wording, finished as every
         * reply is (markup out, cut to length, AI mark), when it passes the guards; else the draft.
         */
        public SuggestedReply await() {
            SuggestedReply r = result;
            if (r != null) return r;
            Optional<String> text = call.await();
            synchronized (LiveAssistant.this) {
                if (result != null) return result;
                String worded = text.isPresent() ? checked(text.get(), d, comment, productId, guard) : null;
                if (text.isPresent()) call.settle(worded != null);
                if (worded == null) {
                    if (text.isPresent()) guardRejections++;
                    result = draft;
                } else {
                    result = draft.withStatus(draft.status(), finish(worded));
                    SuggestedReply kept = recent.get(draft.id());
                    if (kept != null && kept.equals(draft)) recent.put(draft.id(), result); // not reviewed yet: review the wording
                }
                return result;
            }
        }
    }

    /** The catalog's fact guard with the coupons released in the room as facts; rebuilt only when a coupon is released. */
    private FactGuard roomGuard() {
        if (coupons.isEmpty()) return factGuard;
        if (roomGuard == null || roomGuardVersion != coupons.version()) {
            roomGuard = factGuard.withPromotions(coupons.promotions());
            roomGuardVersion = coupons.version();
        }
        return roomGuard;
    }

    /** Markup removed, cut to the length limit at a clause boundary, marked as written by the AI. */
    private String finish(String text) {
        String mark = policy.aiMark();
        // the usual reply: nothing to drop and short enough, so it is the text and the mark (no character-by-character copy)
        boolean clean = text.length() <= policy.maxChars() - mark.length();
        for (int i = 0, n = text.length(); i < n && clean; i++) {
            char c = text.charAt(i);
            clean = !(c == '<' || c == '>' || c == '\n' || c == '\r' || Character.isISOControl(c));
        }
        if (clean) return text.concat(mark);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '\n' || c == '\r' || Character.isISOControl(c)) continue;
            sb.append(c);
        }
        int max = policy.maxChars() - mark.length();
        if (sb.length() > max) {
            int cut = -1;
            for (int i = max - 1; i > max / 2; i--) {
                char c = sb.charAt(i);
                if (c == '；' || c == '，' || c == '。' || c == '）') {
                    cut = c == '）' ? i + 1 : i;
                    break;
                }
            }
            sb.setLength(cut > 0 ? cut : max);
        }
        return sb.append(mark).toString();
    }

    private List<SuggestedReply> onComment(LiveEvent.Comment c) {
        String user = c.user() == null ? "" : c.user();
        Turn t = process(c.text(), user, onShow, c.ts(), true);
        Understanding u = t.understanding;
        if (t.threat == null || t.threat == SafetyScreen.Threat.FAKE_ANNOUNCEMENT) {
            if (QuestionAggregator.aggregated(t.intent)) {
                String product = t.product == null ? null : t.product.id();
                if (!productSpecific(t.intent)) product = u.entities().product();
                questions.add(c.ts(), t.intent, product, user, u.text());
                windowMoved = true; // a late comment may already be out of the window: the next event evicts it, as before
            }
        }
        if (t.draft.decision() == Decision.IGNORE || t.text == null) return List.of();
        String productId = t.product == null ? "" : t.product.id();
        String status = gate(t, user, productId, c.ts());
        SuggestedReply r = new SuggestedReply(nextId(), c.ts(), c.room(), user, u.text(), t.intent.wire(), t.text,
                t.draft.sources(), status);
        if (!SuggestedReply.SUPPRESSED.equals(status)) replies++;
        if (SuggestedReply.PENDING.equals(status) || SuggestedReply.ESCALATED.equals(status)) recent.put(r.id(), r);
        if (t.toWord != null && !SuggestedReply.SUPPRESSED.equals(status)) word(r, t);
        return List.of(r);
    }

    private static boolean productSpecific(Intent i) {
        return switch (i) {
            case ASK_PRICE, ASK_DISCOUNT, ASK_STOCK, ASK_SIZE, ASK_VARIANT, ASK_SPEC, ASK_USAGE, ASK_LINK, ASK_AUTHENTICITY,
                    REQUEST_SHOW -> true;
            default -> false;
        };
    }

    /** The reply policy: escalations go to the host; duplicates, chatty viewers and a busy room are suppressed. */
    private String gate(Turn t, String user, String productId, long ts) {
        if (t.draft.decision() == Decision.ESCALATE) return SuggestedReply.ESCALATED;
        long window = policy.dedupeWindowMs();
        for (Iterator<Map.Entry<String, Long>> it = answered.entrySet().iterator(); it.hasNext(); ) {
            if (ts - it.next().getValue() >= window) it.remove();
            else break;
        }
        String key = (t.draft.decision() == Decision.ASK_BACK ? user + '|' : "") + t.intent.wire() + '|' + productId + '|' + t.text;
        Long last = answered.get(key);
        if (last != null && ts - last < window) return SuggestedReply.SUPPRESSED;
        ViewerMemory vm = viewers.of(user);
        if (!t.slotFill && ts - vm.lastReplyTs < policy.viewerIntervalMs()) return SuggestedReply.SUPPRESSED;
        if (tokensTs == Long.MIN_VALUE) tokensTs = ts;
        if (ts > tokensTs) {
            tokens = Math.min(policy.roomBurst(), tokens + (double) (ts - tokensTs) / policy.roomRefillMs());
            tokensTs = ts;
        }
        if (tokens < 1) return SuggestedReply.SUPPRESSED;
        tokens -= 1;
        answered.remove(key);
        answered.put(key, ts);
        vm.lastReplyTs = ts;
        return policy.modeOf(t.intent) == ReplyPolicy.Mode.REVIEW ? SuggestedReply.PENDING : SuggestedReply.AUTO;
    }

    private List<SuggestedReply> eventReply(LiveEvent e, String kind, String text, List<String> sources) {
        Long last = lastEventReply.get(kind);
        if (last != null && e.ts() - last < policy.eventReplyIntervalMs()) return List.of();
        lastEventReply.put(kind, e.ts());
        replies++;
        return List.of(new SuggestedReply(nextId(), e.ts(), e.room(), e.user(), null, kind, finish(text), sources, SuggestedReply.AUTO));
    }

    private String nextId() {
        return (room == null ? "room" : room) + "-" + (++seq);
    }

    /** Options of a {@link LiveAssistant}; the catalog and the understander are required. */
    public static final class Builder {
        private Catalog catalog;
        private CommentUnderstander understander;
        private ChatModel chatModel = new BuiltinChatModel();
        private WordingStage stage;
        private ReplyPolicy policy = ReplyPolicy.defaults();
        private Options options = Options.DEFAULTS;
        private KnowledgeBase knowledgeBase;
        private Function<GuardCheck, Boolean> extraGuard;
        private FactGuard factGuard;
        private String room;

        public Builder catalog(Catalog v) {
            this.catalog = v;
            return this;
        }

        public Builder understander(CommentUnderstander v) {
            this.understander = v;
            return this;
        }

        /** The model that rewords drafts (default: the built-in one, which keeps them as they are). */
        public Builder chatModel(ChatModel v) {
            this.chatModel = v;
            return this;
        }

        /**
         * The stage that words live replies off the stream's thread (default none: a live reply is the draft, or the
         * chat model's wording in line when a model other than the built-in one is set). {@link #ask} then uses the
         * stage's model, with the built-in one as fallback, unless a chat model is set.
         */
        public Builder wordingStage(WordingStage v) {
            this.stage = v;
            return this;
        }

        public Builder replyPolicy(ReplyPolicy v) {
            this.policy = v;
            return this;
        }

        public Builder options(Options v) {
            this.options = v;
            return this;
        }

        /** A knowledge base built once for the catalog and shared by the rooms that sell it. */
        public Builder knowledgeBase(KnowledgeBase v) {
            this.knowledgeBase = v;
            return this;
        }

        /** A further check of the model's wording (e.g. the script studio's FactGuard); {@code true} = passes. */
        public Builder extraGuard(Function<GuardCheck, Boolean> v) {
            this.extraGuard = v;
            return this;
        }

        /** The catalog's fact guard, built once and shared by rooms (default: built for the catalog when a model other than the built-in one is used). */
        public Builder factGuard(FactGuard v) {
            this.factGuard = v;
            return this;
        }

        /** The room id (default: the room of the first event). */
        public Builder room(String v) {
            this.room = v;
            return this;
        }

        public LiveAssistant build() {
            if (catalog == null) throw LiveCopilotException.badInput("catalog: required to build a LiveAssistant");
            if (understander == null) throw LiveCopilotException.badInput("understander: required to build a LiveAssistant");
            if (chatModel == null) chatModel = new BuiltinChatModel();
            if (stage != null && chatModel instanceof BuiltinChatModel builtin) chatModel = new FallbackChatModel(stage.model(), builtin);
            if (policy == null) policy = ReplyPolicy.defaults();
            if (options == null) options = Options.DEFAULTS;
            if (knowledgeBase != null && knowledgeBase.catalog() != catalog)
                throw LiveCopilotException.badInput("knowledgeBase: must be built from the same catalog");
            return new LiveAssistant(this);
        }
    }
}
