package io.livecopilot.llm;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of a model's wording against a reference text the project wrote itself (a built-in draft, plus the facts
 * it may draw on): every number, Chinese amount, run of Chinese numerals and Latin word must be one the reference has,
 * every promise word of the guard's list must be in the reference, no contact, link or configuration talk the
 * reference does not have may appear, and the prompt's own rules may not be repeated. It is the model-independent part
 * of the live assistant's reply check, shared with the script studio; instances are immutable and thread-safe.
 */
public final class DraftGuard {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CN_AMOUNT = Pattern.compile("[零一二两三四五六七八九十百千万]+\\s*(块|元|折|毛|角)");
    /** Three Chinese numerals in a row: a number spelled out (an account, a phone number) unless the reference says it. */
    private static final Pattern CN_RUN = Pattern.compile("[零一二两三四五六七八九十百千万]{3,}");
    /** A word in Latin letters (an account name, English sales talk) unless the reference has it (XL, 3L, kg …). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    /** Contacts, links, markup and configuration talk: what the live assistant's replies may never carry. */
    public static final Pattern REPLY_FORBIDDEN = Pattern.compile(
            "<|>|\\{|\\}|https?:|www\\.|javascript|script|微信|薇|威信|绿泡泡|vx|wx|v信|qq|扣扣|电话|手机|私聊|私信|加我|联系方式|@"
                    + "|系统提示|提示词|prompt|指令|规则|设定|配置|api|key|token|模型|gpt|openai|密钥|忽略",
            Pattern.CASE_INSENSITIVE);

    /** Words that promise something in a reply; the model may use one only where the draft does. */
    public static final List<String> REPLY_CLAIMS = List.of("包邮", "不包邮", "有货", "现货", "库存", "还有", "免费", "赠", "送", "减",
            "折", "券", "优惠", "便宜", "无理由", "退", "换", "运费险", "保修", "质保", "正品", "保证", "承诺", "绝对", "最低", "秒杀",
            "限时", "福利", "抽奖", "红包", "返现", "半价", "买一", "全网", "第一", "最好", "永久", "终身", "今天", "明天", "小时", "天",
            "发货", "不发", "到货", "补货", "适合", "可以", "能", "建议", "码", "元", "块", "赔", "罚",
            // promises of the hostile endpoint that slipped past the words above in a replay ("不满意随时退，来回运费我们出")
            "随时退", "随便退", "来回", "我们出", "我们承担", "无条件", "不满意", "包退", "包换",
            "均码", "谁都能", "都能穿", "不多", "仅剩", "只剩", "手慢无", "限量", "抢光", "卖爆", "销量");

    /** Contact invitations and links in spoken script text; each match must be in the reference (a phone product says 手机). */
    public static final Pattern SCRIPT_FORBIDDEN = Pattern.compile(
            "<|>|\\{|\\}|https?:|www\\.|javascript|微信|薇|威信|绿泡泡|vx|wx|v信|qq|扣扣|电话|手机号|私聊|私信|加我|联系方式|联系我|找我|@|(?<![a-z])dm(?![a-z])"
                    + "|系统提示|提示词|prompt",
            Pattern.CASE_INSENSITIVE);

    /**
     * Promises a spoken script segment may make only where its built-in draft or the product's facts do: returns,
     * freight, warranty and shipping speed, stock and scarcity, one-size-fits-all, and sales figures nobody can check.
     */
    public static final List<String> SCRIPT_CLAIMS = List.of(
            "退", "包换", "运费", "邮费", "包邮", "保修", "质保", "包修", "赔", "无理由", "售后", "随时", "来回", "我们出", "我们承担",
            "无条件", "不满意", "马上发", "立刻发", "当天发", "秒发", "今天发",
            "库存", "不多", "仅剩", "只剩", "剩下", "没几", "抢光", "卖完", "卖光", "断货", "手慢无", "限量", "最后一",
            "均码", "谁都能", "都能穿", "都可以穿", "随便穿", "不挑身材", "不挑人", "所有人", "谁穿",
            "卖爆", "卖疯", "爆款", "爆单", "销量", "卖了", "回购", "好评", "万单", "万件", "热销", "抢疯", "断码");

    /** The live assistant's reply check: the whole forbidden list is skipped when the draft itself matches it. */
    public static final DraftGuard REPLY = new DraftGuard(REPLY_FORBIDDEN, REPLY_CLAIMS, false);
    /** The script studio's segment check: each forbidden match must itself be in the reference. */
    public static final DraftGuard SCRIPT = new DraftGuard(SCRIPT_FORBIDDEN, SCRIPT_CLAIMS, true);

    private final Pattern forbidden;
    private final List<String> claims;
    private final boolean perMatch;

    private DraftGuard(Pattern forbidden, List<String> claims, boolean perMatch) {
        this.forbidden = Objects.requireNonNull(forbidden, "forbidden");
        this.claims = List.copyOf(claims);
        this.perMatch = perMatch;
    }

    /** Whether {@code text} passes against {@code reference}. */
    public boolean passes(String text, String reference) {
        return problem(text, reference) == null;
    }

    /**
     * The first problem of {@code text} against {@code reference} (both read in NFKC form, so full-width digits and
     * letters count as what they are), said in a few words ("数字“1”不在草稿或事实里"), or {@code null} when it passes.
     */
    public String problem(String text, String reference) {
        if (text == null || text.isBlank()) return "空文本";
        String d = reference == null ? "" : nfkc(reference);
        text = nfkc(text);
        String lower = d.toLowerCase(Locale.ROOT);
        Matcher m = forbidden.matcher(text);
        if (perMatch) {
            while (m.find()) if (!lower.contains(m.group().toLowerCase(Locale.ROOT))) return "联系方式或标记“" + m.group() + "”";
        } else if (m.find() && !forbidden.matcher(d).find()) {
            return "联系方式或标记“" + m.group() + "”";
        }
        if (GroundedPrompt.repeatsPrompt(text)) return "复述了提示词";
        Set<String> allowed = new HashSet<>();
        m = NUMBER.matcher(d);
        while (m.find()) allowed.add(canonical(m.group()));
        m = NUMBER.matcher(text);
        while (m.find()) if (!allowed.contains(canonical(m.group()))) return "数字“" + m.group() + "”不在草稿或事实里";
        m = CN_AMOUNT.matcher(text);
        while (m.find()) if (!d.contains(m.group())) return "金额“" + m.group() + "”不在草稿或事实里";
        m = CN_RUN.matcher(text);
        while (m.find()) if (!d.contains(m.group())) return "数字“" + m.group() + "”不在草稿或事实里";
        m = LATIN.matcher(text);
        while (m.find()) if (!lower.contains(m.group().toLowerCase(Locale.ROOT))) return "外文词“" + m.group() + "”不在草稿或事实里";
        for (String c : claims) if (text.contains(c) && !d.contains(c)) return "承诺词“" + c + "”不在草稿或事实里";
        return null;
    }

    /** The text in NFKC form. */
    public static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String canonical(String n) {
        if (n.indexOf('.') < 0) return n.replaceFirst("^0+(?=\\d)", "");
        String s = n.replaceFirst("0+$", "");
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s.replaceFirst("^0+(?=\\d)", "");
    }
}
