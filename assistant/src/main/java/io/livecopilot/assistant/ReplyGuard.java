package io.livecopilot.assistant;

import io.livecopilot.llm.GroundedPrompt;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's wording of a reply against the draft composed from catalog facts: every number must be one the
 * draft states, every promise word (包邮, 有货, 送, 无理由 …) must be in the draft, every key fact of the draft must be
 * kept, and no contact, link, markup or configuration talk may appear, nor a Latin word or a run of Chinese numerals
 * the draft does not have (an account name, a number spelled out). Nor may it show the prompt's rules, repeat
 * {@value #ECHO} characters in a row of the viewer's comment that the draft does not say, or run much longer than the
 * prompt asks. A reply that fails is replaced by the draft.
 */
final class ReplyGuard {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CN_AMOUNT = Pattern.compile("[零一二两三四五六七八九十百千万]+\\s*(块|元|折|毛|角)");
    /** Three Chinese numerals in a row: a number spelled out (an account, a phone number) unless the draft says it. */
    private static final Pattern CN_RUN = Pattern.compile("[零一二两三四五六七八九十百千万]{3,}");
    /** A word in Latin letters (an account name, English sales talk) unless the draft has it (XL, 3L, kg …). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "<|>|\\{|\\}|https?:|www\\.|javascript|script|微信|薇|威信|绿泡泡|vx|wx|v信|qq|扣扣|电话|手机|私聊|私信|加我|联系方式|@"
                    + "|系统提示|提示词|prompt|指令|规则|设定|配置|api|key|token|模型|gpt|openai|密钥|忽略",
            Pattern.CASE_INSENSITIVE);
    /** Words that promise something; the model may use one only where the draft does. */
    private static final List<String> CLAIMS = List.of("包邮", "不包邮", "有货", "现货", "库存", "还有", "免费", "赠", "送", "减",
            "折", "券", "优惠", "便宜", "无理由", "退", "换", "运费险", "保修", "质保", "正品", "保证", "承诺", "绝对", "最低", "秒杀",
            "限时", "福利", "抽奖", "红包", "返现", "半价", "买一", "全网", "第一", "最好", "永久", "终身", "今天", "明天", "小时", "天",
            "发货", "不发", "到货", "补货", "适合", "可以", "能", "建议", "码", "元", "块", "赔", "罚");
    /** The length the prompt asks for (GroundedPrompt: at most 80 characters) … */
    static final int ASKED_CHARS = 80;
    /** … and how far past it (or past a longer draft) a wording may go. */
    static final int SLACK_CHARS = 20;
    /** Characters in a row of the comment that a wording may not repeat unless the draft does. */
    static final int ECHO = 4;

    private ReplyGuard() {}

    /**
     * Whether {@code text} may be sent in place of {@code draft}, the answer to {@code comment}. The checks read the
     * text and the draft in NFKC form, so that full-width digits and letters ("１元", "ａｂｃ") count as the numbers and
     * words they are.
     */
    static boolean passes(String text, Draft draft, String comment) {
        if (text == null || text.isBlank() || draft.text() == null) return false;
        String d = nfkc(draft.text());
        text = nfkc(text);
        if (text.length() > Math.max(ASKED_CHARS, d.length()) + SLACK_CHARS) return false;
        if (FORBIDDEN.matcher(text).find() && !FORBIDDEN.matcher(d).find()) return false;
        if (GroundedPrompt.repeatsPrompt(text) || echoes(text, d, comment)) return false;
        if (SafetyScreen.longNumber(text)) return false;
        Set<String> allowed = new HashSet<>();
        Matcher m = NUMBER.matcher(d);
        while (m.find()) allowed.add(canonical(m.group()));
        m = NUMBER.matcher(text);
        while (m.find()) if (!allowed.contains(canonical(m.group()))) return false;
        m = CN_AMOUNT.matcher(text);
        while (m.find()) if (!d.contains(m.group())) return false;
        m = CN_RUN.matcher(text);
        while (m.find()) if (!d.contains(m.group())) return false;
        String lower = d.toLowerCase(Locale.ROOT);
        m = LATIN.matcher(text);
        while (m.find()) if (!lower.contains(m.group().toLowerCase(Locale.ROOT))) return false;
        for (String c : CLAIMS) if (text.contains(c) && !d.contains(c)) return false;
        if (d.contains("不包邮") && text.replace("不包邮", "").contains("包邮")) return false;
        if (d.contains("不发货") && !text.contains("不发货")) return false;
        for (String k : draft.keyFacts()) if (!text.contains(nfkc(k))) return false;
        return true;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Whether {@code text} repeats {@link #ECHO} characters in a row of the comment (spaces aside) that {@code draft} does not. */
    static boolean echoes(String text, String draft, String comment) {
        if (comment == null) return false;
        String c = comment.replaceAll("\\s+", "");
        String t = text.replaceAll("\\s+", "");
        for (int i = 0; i + ECHO <= c.length(); i++) {
            String run = c.substring(i, i + ECHO);
            if (t.contains(run) && !draft.contains(run)) return true;
        }
        return false;
    }

    private static String canonical(String n) {
        if (n.indexOf('.') < 0) return n.replaceFirst("^0+(?=\\d)", "");
        String s = n.replaceFirst("0+$", "");
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s.replaceFirst("^0+(?=\\d)", "");
    }
}
