package io.livecopilot.script.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.check.Violation;
import io.livecopilot.script.Script;
import io.livecopilot.script.Segment;
import io.livecopilot.script.check.CheckReport;
import io.livecopilot.script.quality.QualityScores;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a script as JSON (spec/cli.md), Markdown or a self-contained teleprompter HTML page; each says it is AI-generated. */
public final class ScriptExport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptExport() {}

    /** The export formats. */
    public enum Format {
        JSON, MD, HTML;

        public static Format parse(String s) {
            if (s == null) return JSON;
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "md", "markdown" -> MD;
                case "html", "htm" -> HTML;
                default -> throw LiveCopilotException.badInput("--format: must be json, md or html, was \"" + s + "\"");
            };
        }
    }

    /** The script in the chosen format. */
    public static String render(Script s, Catalog catalog, Format f, Map<String, Double> across) {
        return switch (f) {
            case JSON -> json(s, across).toPrettyString();
            case MD -> markdown(s, catalog);
            case HTML -> html(s, catalog);
        };
    }

    /** The script JSON: segments, checks, scores, roles and how it was made. */
    public static ObjectNode json(Script s, Map<String, Double> across) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode segs = root.putArray("segments");
        for (Segment x : s.segments()) {
            ObjectNode o = segs.addObject();
            o.put("kind", x.kind().wire());
            if (x.productId() == null) o.putNull("product");
            else o.put("product", x.productId());
            o.put("start_s", x.startS());
            o.put("duration_s", x.durationS());
            o.put("text", x.text());
            o.put("speech_s", x.speechS());
            if (x.role() != null) o.put("role", x.role().wire());
            ArrayNode cues = o.putArray("cues");
            x.cues().forEach(cues::add);
            o.put("source", x.source());
        }
        root.set("checks", checks(s.checks()));
        root.set("scores", scores(s.scores(), across));
        ObjectNode roles = root.putObject("roles");
        s.roles().forEach((k, v) -> roles.put(k, v.wire()));
        ObjectNode meta = root.putObject("meta");
        meta.put("minutes", s.request().minutes());
        meta.put("total_s", s.totalSeconds());
        meta.put("style", s.request().style().chinese());
        meta.put("seed", s.request().seed());
        meta.put("chars_per_second", s.request().charsPerSecond());
        meta.put("persona", s.request().persona());
        meta.put("generator", s.generator());
        meta.put("llm_segments", s.llmSegments());
        meta.put("fallback_segments", s.fallbackSegments());
        root.put("ai_generated", true);
        root.put("notice", Script.AI_NOTICE);
        return root;
    }

    /** The checks as JSON: passed, counts by kind, repeated sentences and each violation with its segment. */
    public static ObjectNode checks(CheckReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("passed", r.passed());
        ObjectNode counts = o.putObject("counts");
        r.counts().forEach(counts::put);
        ArrayNode rep = o.putArray("repeated_sentences");
        r.repeatedSentences().forEach(rep::add);
        ArrayNode vs = o.putArray("violations");
        for (CheckReport.Located l : r.violations()) {
            ObjectNode v = violation(l.violation());
            v.put("segment", l.segment());
            vs.add(v);
        }
        return o;
    }

    /** One violation as in spec/cli.md. */
    public static ObjectNode violation(Violation v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", v.kind());
        o.put("text", v.text());
        o.put("offset", v.offset());
        o.put("detail", v.detail());
        o.put("suggestion", v.suggestion());
        return o;
    }

    private static ObjectNode scores(QualityScores q, Map<String, Double> across) {
        ObjectNode o = JSON.createObjectNode();
        o.put("fact_accuracy", q.factAccuracy());
        o.put("selling_point_coverage", q.sellingPointCoverage());
        o.put("distinct_1", q.distinct1());
        o.put("distinct_2", q.distinct2());
        o.put("distinct_3", q.distinct3());
        o.put("distinct_sentences", q.distinctSentences());
        o.put("fluency", q.fluency());
        o.put("fluency_perplexity", q.fluencyPerplexity());
        o.put("sentences", q.sentences());
        o.put("chars", q.chars());
        if (across != null && !across.isEmpty()) {
            ObjectNode a = o.putObject("across_seed");
            across.forEach(a::put);
        }
        return o;
    }

    static String clock(int seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }

    private static String productLabel(Catalog c, String id) {
        if (id == null) return "";
        Product p = c.byId(id).orElse(null);
        if (p == null) return id;
        return (p.linkNo() != null ? p.linkNo() + "号 " : "") + p.name() + (p.soldOut() ? "（已售罄）" : "");
    }

    /** Markdown: a timetable, then every segment with its cues and text. */
    public static String markdown(Script s, Catalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 直播脚本（").append(s.request().minutes()).append(" 分钟，").append(s.request().style().chinese()).append("风格，主播 ")
                .append(s.request().persona()).append("）\n\n");
        sb.append("> ").append(Script.AI_NOTICE).append("\n\n");
        sb.append("| 时间 | 时长 | 环节 | 商品 |\n|---|---|---|---|\n");
        for (Segment x : s.segments()) {
            sb.append("| ").append(clock(x.startS())).append(" | ").append(x.durationS()).append("秒 | ").append(x.kind().label())
                    .append(x.role() != null && x.kind().wire().equals("pitch") ? "（" + x.role().label() + "）" : "").append(" | ")
                    .append(productLabel(c, x.productId()).replace("|", "/")).append(" |\n");
        }
        sb.append('\n');
        for (Segment x : s.segments()) {
            sb.append("## ").append(clock(x.startS())).append(" ").append(x.kind().label());
            String pl = productLabel(c, x.productId());
            if (!pl.isEmpty()) sb.append(" · ").append(pl);
            sb.append("（").append(x.durationS()).append("秒）\n\n");
            for (String cue : x.cues()) sb.append("- 动作：").append(cue).append('\n');
            if (!x.cues().isEmpty()) sb.append('\n');
            sb.append(x.text()).append("\n\n");
        }
        sb.append("---\n\n检查：").append(s.checks().passed() ? "通过" : "有问题 " + s.checks().counts()).append("；事实准确率 ")
                .append(s.scores().factAccuracy()).append("，卖点覆盖 ").append(s.scores().sellingPointCoverage()).append("，流畅度 ")
                .append(s.scores().fluency()).append("\n");
        return sb.toString();
    }

    /** A self-contained teleprompter page: large text, the current segment highlighted by a timer, keys to start and pause. */
    public static String html(Script s, Catalog c) {
        StringBuilder segs = new StringBuilder();
        int i = 0;
        for (Segment x : s.segments()) {
            segs.append("<section class=\"seg\" id=\"s").append(i).append("\" data-start=\"").append(x.startS()).append("\" data-dur=\"")
                    .append(x.durationS()).append("\"><h2><span class=\"t\">").append(clock(x.startS())).append("</span> ")
                    .append(esc(x.kind().label())).append(" <small>").append(esc(productLabel(c, x.productId()))).append(" · ")
                    .append(x.durationS()).append("秒</small></h2>");
            for (String cue : x.cues()) segs.append("<p class=\"cue\">【").append(esc(cue)).append("】</p>");
            segs.append("<p class=\"text\">").append(esc(x.text())).append("</p></section>\n");
            i++;
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="generator" content="LiveCopilot (AI-generated)">
                <title>提词器 · 直播脚本</title>
                <style>
                body{background:#111;color:#eee;font:28px/1.7 "WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;margin:0}
                header{position:sticky;top:0;background:#000;padding:8px 24px;font-size:18px;display:flex;gap:24px;align-items:center;z-index:2}
                header b{font-size:28px;color:#ffd34d} .notice{color:#aaa;font-size:14px}
                .seg{padding:12px 24px;opacity:.45;border-left:6px solid transparent}
                .seg.now{opacity:1;border-left-color:#ffd34d;background:#1b1b1b}
                h2{font-size:20px;color:#9cf;margin:0} .t{color:#ffd34d} small{color:#aaa}
                .cue{color:#f99;font-size:20px;margin:4px 0} .text{margin:6px 0 0}
                </style></head><body>
                <header><b id="clock">00:00:00</b><span>空格 开始/暂停 · ←/→ 上一段/下一段</span><span class="notice">%s</span></header>
                <main>
                %s</main>
                <script>
                const segs=[...document.querySelectorAll('.seg')];let t=0,run=false,last=null;
                function fmt(s){s=Math.floor(s);return [s/3600|0,(s/60|0)%%60,s%%60].map(x=>String(x).padStart(2,'0')).join(':')}
                function show(){document.getElementById('clock').textContent=fmt(t);let cur=segs[0];
                  for(const s of segs){if(+s.dataset.start<=t)cur=s}
                  if(cur!==last){segs.forEach(s=>s.classList.remove('now'));cur.classList.add('now');cur.scrollIntoView({behavior:'smooth',block:'start'});last=cur}}
                setInterval(()=>{if(run){t+=0.25;show()}},250);
                document.addEventListener('keydown',e=>{const i=segs.indexOf(last);
                  if(e.code==='Space'){run=!run;e.preventDefault()}
                  if(e.code==='ArrowRight'&&i<segs.length-1){t=+segs[i+1].dataset.start;show()}
                  if(e.code==='ArrowLeft'&&i>0){t=+segs[i-1].dataset.start;show()}});
                show();
                </script></body></html>
                """.formatted(esc(Script.AI_NOTICE), segs);
    }

    /** HTML-escapes text (&, <, >, quotes). */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

}
