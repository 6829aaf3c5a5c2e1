package io.livecopilot.server;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.server.live.AssistantOperator;
import io.livecopilot.server.live.LiveParts;
import io.livecopilot.server.live.MetricsOperator;
import io.livecopilot.server.live.Reply;
import io.livecopilot.server.live.ReplyAction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test operators: metrics that count pv, uv, comments and paid orders; an assistant that suggests "收到" for every
 * comment ending in "?" or "？". The server is tested against these so that its tests do not depend on how analytics
 * and the assistant compute; the real operators are tested in their modules and wired in {@code ModuleParts}.
 */
final class CountingParts implements LiveParts {
    @Override
    public MetricsOperator metrics(String room) {
        return new MetricsOperator() {
            long pv, comments, paid;
            final Set<String> users = new HashSet<>();

            @Override
            public void accept(LiveEvent e) {
                switch (e.type()) {
                    case ENTER -> { pv++; users.add(e.user()); }
                    case COMMENT -> comments++;
                    case PAY -> paid++;
                    default -> { }
                }
            }

            @Override
            public Map<String, Object> summary() {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("pv", pv);
                m.put("uv", users.size());
                m.put("comments", comments);
                m.put("paid_orders", paid);
                return m;
            }

            @Override public List<?> timeline() { return List.of(); }
            @Override public List<?> products() { return List.of(); }
        };
    }

    @Override
    public AssistantOperator assistant(String room) {
        return new AssistantOperator() {
            final Map<String, Reply> replies = new HashMap<>();
            int next = 1;
            int questions;

            @Override
            public List<Reply> onEvent(LiveEvent e) {
                if (e instanceof LiveEvent.Comment c && (c.text().endsWith("?") || c.text().endsWith("？"))) {
                    questions++;
                    Reply r = new Reply("r" + next++, c.ts(), c.user(), c.text(), "other", "neutral", "收到", List.of(), "pending");
                    replies.put(r.id(), r);
                    return List.of(r);
                }
                return List.of();
            }

            @Override
            public List<Map<String, Object>> topQuestions(int n) {
                return questions == 0 ? List.of() : List.of(Map.of("intent", "other", "count", questions, "example", "?"));
            }

            @Override
            public Optional<Reply> decide(String id, ReplyAction action, String text) {
                Reply r = replies.get(id);
                if (r == null) return Optional.empty();
                Reply d = r.withStatus(action == ReplyAction.APPROVE ? "approved" : action == ReplyAction.EDIT ? "edited" : "rejected", text);
                replies.put(id, d);
                return Optional.of(d);
            }
        };
    }
}
