package io.livecopilot.server;

import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.assistant.AskResult;
import io.livecopilot.assistant.KnowledgeBase;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.assistant.ReviewAction;
import io.livecopilot.assistant.RoomBacklog;
import io.livecopilot.assistant.SuggestedReply;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.WordingStage;
import io.livecopilot.nlp.hot.HotWords;
import io.livecopilot.server.live.AssistantOperator;
import io.livecopilot.server.live.LiveParts;
import io.livecopilot.server.live.MetricsOperator;
import io.livecopilot.server.live.Reply;
import io.livecopilot.server.live.ReplyAction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live operators of this build, made per room: analytics' {@link RoomMetrics} (with its hot words) and the
 * assistant module's {@link LiveAssistant}. Without a comment understander the assistant part is missing and the
 * API answers 501 for it.
 *
 * <p>With an LLM configured: {@link #chatModel} words the answers of {@code POST /api/ask} in line, as {@code ask}
 * does, and {@link #wording} has a {@link WordingStage} word the rooms' live replies off the stream's thread, in one of
 * two deliveries: {@link Delivery#HOLD} (the server) — a room holds each worded reply back until its wording is done or
 * late, and lets it out with a later event or {@link AssistantOperator#poll()}; {@link Delivery#CALLER} ({@code replay})
 * — replies come out at once with the draft's text and the caller takes each one's wording with {@link #takeWording},
 * to write them in their order.
 */
public final class ModuleParts implements LiveParts {
    private final Supplier<Catalog> catalog;
    private final Supplier<CommentUnderstander> understander;
    private ChatModel chatModel;
    private WordingStage stage;
    private Delivery delivery = Delivery.HOLD;
    /** The rooms' assistants, by room, when live replies are worded (for {@link #takeWording}). */
    private final Map<String, LiveAssistant> worded = new java.util.concurrent.ConcurrentHashMap<>();

    /** How the worded live replies reach the room's outputs. */
    public enum Delivery {
        /** The room holds a reply until its wording is done or late (the server: every reply waits only for its own). */
        HOLD,
        /** The room lets the reply out at once with the draft; the caller takes its wording ({@link #takeWording}). */
        CALLER
    }

    /**
     * @param catalog      the current catalog (read again for each new room, so imports reach new rooms)
     * @param understander makes a comment understander for a room, or gives {@code null} when none is available
     */
    public ModuleParts(Supplier<Catalog> catalog, Supplier<CommentUnderstander> understander) {
        this.catalog = catalog;
        this.understander = understander;
    }

    /** The chat model that words {@code ask} answers in line (default: the built-in one). Set before the first room. */
    public ModuleParts chatModel(ChatModel m) {
        this.chatModel = m;
        return this;
    }

    /** Has {@code s} word the rooms' live replies, delivered as {@code d} ({@code s} null: none). Set before the first room. */
    public ModuleParts wording(WordingStage s, Delivery d) {
        this.stage = s;
        this.delivery = d == null ? Delivery.HOLD : d;
        return this;
    }

    /** The wording stage of live replies, or {@code null}. */
    public WordingStage wordingStage() {
        return stage;
    }

    /**
     * With {@link Delivery#CALLER}: the wording of the reply {@code replyId} of {@code room} just let out, or {@code null}
     * when it is sent as it is (no stage, not an answer, suppressed). Then send {@link LiveAssistant.Wording#await()}.
     */
    public LiveAssistant.Wording takeWording(String room, String replyId) {
        if (stage == null || room == null || replyId == null) return null;
        LiveAssistant a = worded.get(room);
        return a == null ? null : a.takeWording(replyId);
    }

    @Override
    public MetricsOperator metrics(String room) {
        Catalog c = null;
        try {
            c = catalog == null ? null : catalog.get();
        } catch (RuntimeException e) {
            // the hot words then do without the product names; the metrics do not need the catalog
        }
        return new Metrics(hotPhrases(c));
    }

    private Catalog phrasesCatalog;
    private HotWords.Phrases phrases;

    /** The hot words' phrases (product names and aliases kept whole) made once per catalog, shared by its rooms. */
    synchronized HotWords.Phrases hotPhrases(Catalog c) {
        if (phrases == null || c != phrasesCatalog && !java.util.Objects.equals(c, phrasesCatalog)) {
            List<String> names = new ArrayList<>();
            if (c != null) for (io.livecopilot.core.catalog.Product p : c.products()) names.addAll(p.names());
            phrases = HotWords.Phrases.of(names);
            phrasesCatalog = c;
        }
        return phrases;
    }

    /**
     * The room's assistant. While the understander is still loading (its supplier gives {@code null} for now, see
     * {@link #whileLoading}) the room gets an assistant that starts working once it is there.
     */
    @Override
    public AssistantOperator assistant(String room) {
        CommentUnderstander u = understander == null ? null : understander.get();
        if (u == null) return loading ? new Deferred(room) : null;
        return build(room, u);
    }

    private volatile boolean loading;

    /** Says that the understander is being loaded in the background: rooms made meanwhile get it when it is ready. */
    public ModuleParts whileLoading() {
        loading = true;
        return this;
    }

    private Assistant build(String room, CommentUnderstander u) {
        Tagging tagging = new Tagging(u);
        KnowledgeBase k = knowledgeBase(catalog.get());
        LiveAssistant.Builder b = LiveAssistant.builder().room(room).catalog(k.catalog()).knowledgeBase(k).understander(tagging);
        if (chatModel != null) b.chatModel(chatModel);
        if (stage != null) b.wordingStage(stage);
        LiveAssistant a = b.build();
        if (stage != null) worded.put(room, a);
        return new Assistant(a, tagging, stage != null && delivery == Delivery.HOLD);
    }

    private Catalog kbCatalog;
    private KnowledgeBase kb;

    /** One knowledge base per catalog, shared by the rooms that sell it (it is read-only once built). */
    synchronized KnowledgeBase knowledgeBase(Catalog c) {
        if (kb == null || c != kbCatalog && !c.equals(kbCatalog)) {
            kb = new KnowledgeBase(c);
            kbCatalog = c;
        }
        return kb;
    }

    /** An assistant outside any room, for {@code POST /api/ask} without a room; {@code null} without an understander. */
    public AssistantOperator standalone() {
        return assistant("ask");
    }

    @Override
    public String missing(String part) {
        return switch (part) {
            case "assistant" -> "suggested replies and top questions need a comment understander (module nlp), not in this build yet";
            default -> LiveParts.super.missing(part);
        };
    }

    /** {@link RoomMetrics} and the room's hot words of the last five minutes (nlp's {@link HotWords}, product names kept whole). */
    static final class Metrics implements MetricsOperator {
        private final RoomMetrics m = new RoomMetrics();
        private final HotWords hot;

        Metrics(HotWords.Phrases phrases) {
            this.hot = HotWords.builder().phrases(phrases).build();
        }

        @Override
        public void accept(LiveEvent e) {
            m.accept(e);
            if (e instanceof LiveEvent.Comment c) hot.add(c.ts(), c.user(), c.text());
        }

        @Override
        public Map<String, Object> summary() {
            return m.summary();
        }

        @Override
        public List<?> timeline() {
            return m.timeline();
        }

        @Override
        public List<?> products() {
            return m.products();
        }

        @Override
        public List<Map<String, Object>> hotWords(int k) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (HotWords.Keyphrase w : hot.snapshot(k).keyphrases()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("word", w.text());
                m.put("count", w.comments());
                m.put("score", w.score());
                out.add(m);
            }
            return out;
        }
    }

    /** Remembers the last understanding made, so that each comment of the live console gets its sentiment tag. */
    static final class Tagging implements CommentUnderstander {
        private final CommentUnderstander inner;
        private Understanding last;

        Tagging(CommentUnderstander inner) {
            this.inner = inner;
        }

        @Override
        public Understanding understand(String comment, Catalog catalog, String productOnShow) {
            Understanding u = inner.understand(comment, catalog, productOnShow);
            last = u;
            return u;
        }

        Understanding takeLast() {
            Understanding u = last;
            last = null;
            return u;
        }
    }

    /**
     * A room's assistant waiting for the understander: comments pass untagged until it is ready, then it takes over.
     * Meanwhile the events that shape its state (restored from the store or live) are kept in a {@link RoomBacklog}
     * and folded in, without replies, when it is built.
     */
    final class Deferred implements AssistantOperator {
        private final String room;
        private final RoomBacklog backlog = new RoomBacklog();
        private AssistantOperator real;

        Deferred(String room) {
            this.room = room;
        }

        private AssistantOperator real() {
            if (real == null) {
                CommentUnderstander u = understander.get();
                if (u != null) {
                    Assistant a = build(room, u);
                    backlog.drainTo(a.assistant());
                    real = a;
                }
            }
            return real;
        }

        @Override
        public List<Reply> onEvent(LiveEvent e) {
            AssistantOperator r = real();
            if (r == null) {
                backlog.add(e);
                return List.of();
            }
            return r.onEvent(e);
        }

        @Override
        public void restore(LiveEvent e) {
            AssistantOperator r = real();
            if (r == null) backlog.add(e);
            else r.restore(e);
        }

        @Override
        public List<Map<String, Object>> topQuestions(int n) {
            AssistantOperator r = real();
            return r == null ? List.of() : r.topQuestions(n);
        }

        @Override
        public Optional<Reply> decide(String id, ReplyAction action, String text) {
            AssistantOperator r = real();
            return r == null ? Optional.empty() : r.decide(id, action, text);
        }

        @Override
        public List<Reply> poll() {
            AssistantOperator r = real();
            return r == null ? List.of() : r.poll();
        }

        @Override
        public Map<String, Object> ask(String text, String user, String productOnShow) {
            AssistantOperator r = real();
            if (r == null) throw io.livecopilot.core.LiveCopilotException.unavailable("the assistant is still loading its language models; retry in a few seconds", null);
            return r.ask(text, user, productOnShow);
        }
    }

    /**
     * {@link LiveAssistant} as a room operator. Holding ({@link Delivery#HOLD}), it keeps each reply being worded back
     * until its wording is done or late, and lets it out with a later event or {@link #poll()}; a reply not worded
     * goes out at once.
     */
    static final class Assistant implements AssistantOperator {
        private final LiveAssistant a;
        private final Tagging tagging;
        private final boolean hold;
        /** Replies waiting for their wording, oldest first (holding only). */
        private final ArrayDeque<Held> held = new ArrayDeque<>();

        /** A reply waiting for its wording, with the comment's sentiment tag. */
        private record Held(Reply reply, LiveAssistant.Wording wording) {}

        Assistant(LiveAssistant a, Tagging tagging) {
            this(a, tagging, false);
        }

        Assistant(LiveAssistant a, Tagging tagging, boolean hold) {
            this.a = a;
            this.tagging = tagging;
            this.hold = hold;
        }

        /** Adds to {@code out} the held replies whose wording is done or late, taking them out, oldest first. */
        private synchronized List<Reply> release(List<Reply> out) {
            for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
                Held h = it.next();
                if (!h.wording().ready()) continue;
                it.remove();
                SuggestedReply w = h.wording().await();
                out.add(h.reply().withStatus(w.status(), w.reply()));
            }
            return out;
        }

        @Override
        public List<Reply> poll() {
            if (!hold) return List.of();
            synchronized (this) {
                return held.isEmpty() ? List.of() : release(new ArrayList<>());
            }
        }

        LiveAssistant assistant() {
            return a;
        }

        @Override
        public List<Reply> onEvent(LiveEvent e) {
            boolean comment = e instanceof LiveEvent.Comment;
            if (comment) tagging.takeLast();
            List<SuggestedReply> rs = a.onEvent(e);
            if (!comment && rs.isEmpty()) return hold ? poll() : List.of(); // most events: nothing to tag or publish
            // only a comment's own understanding tags it (restored comments may be understood on the way)
            Understanding u = comment ? tagging.takeLast() : null;
            String sentiment = u == null || u.sentiment() == null ? null : u.sentiment().wire();
            List<Reply> out = new ArrayList<>(rs.size() + 1);
            if (hold) holding(rs, sentiment, out);
            else for (SuggestedReply r : rs) out.add(reply(r, sentiment));
            if (rs.isEmpty() && e instanceof LiveEvent.Comment c && u != null) {
                out.add(new Reply(e.room() + "-c" + e.ts() + "-" + Integer.toHexString(c.text().hashCode()), c.ts(), c.user(), c.text(),
                        u.intent() == null ? null : u.intent().wire(), sentiment, null, List.of(), "none"));
            }
            return out;
        }

        /** The replies of an event with the held ones: those being worded are held back, those done or late let out. */
        private synchronized List<Reply> holding(List<SuggestedReply> rs, String sentiment, List<Reply> out) {
            for (SuggestedReply r : rs) {
                LiveAssistant.Wording w = a.takeWording(r.id());
                if (w == null) out.add(reply(r, sentiment));
                else held.addLast(new Held(reply(r, sentiment), w));
            }
            return held.isEmpty() ? out : release(out);
        }

        @Override
        public void restore(LiveEvent e) {
            a.restore(e);
        }

        @Override
        public List<Map<String, Object>> topQuestions(int n) {
            List<Map<String, Object>> out = new ArrayList<>();
            a.topQuestions(n).forEach(q -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("intent", q.intent());
                m.put("product", q.product());
                m.put("count", q.count());
                m.put("example", q.example());
                m.put("headline", q.headline());
                out.add(m);
            });
            return out;
        }

        @Override
        public Map<String, Object> ask(String text, String user, String productOnShow) {
            return askMap(a.ask(text, user, productOnShow));
        }

        @Override
        public Optional<Reply> decide(String id, ReplyAction action, String text) {
            return a.review(id, ReviewAction.valueOf(action.name()), text).map(r -> reply(r, null));
        }

        /** The JSON of {@code ask --json} (spec/cli.md). */
        static Map<String, Object> askMap(AskResult r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intent", r.intent());
            m.put("confidence", r.confidence());
            m.put("entities", r.entities());
            m.put("sentiment", r.sentiment());
            m.put("reply", r.reply());
            m.put("sources", r.sources());
            m.put("recommend", r.recommend());
            m.put("decision", r.decision() == null ? null : r.decision().wire());
            return m;
        }

        private static Reply reply(SuggestedReply r, String sentiment) {
            return new Reply(r.id(), r.ts(), r.user(), r.comment(), r.intent(), sentiment, r.reply(), r.sources(), r.status());
        }
    }
}
