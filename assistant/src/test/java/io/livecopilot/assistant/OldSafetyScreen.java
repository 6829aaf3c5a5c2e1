package io.livecopilot.assistant;

import io.livecopilot.nlp.adlaw.FastPattern;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The safety screen as it was before its speed-up, kept to prove the fast one answers the same. Recognises hostile comments before anything is composed: prompt injection, requests for the configuration,
 * contact ads, insults, markup, SQL-looking text, fake announcements and floods, also when hidden behind zero-width
 * characters, full-width letters or spaces. It only classifies: replies are composed from catalog facts and templates
 * and never repeat the comment.
 */
final class OldSafetyScreen {
    /** Why a comment is hostile. */
    enum Threat { INJECTION, CONTACT, MARKUP, SQL, INSULT, FAKE_ANNOUNCEMENT, FLOOD }

    private static final FastPattern INJECTION = FastPattern.compile("忽无忘不别跳覆系提pP你什哪aA密tT扮假现从dD开jJ越iI请回输说复重照跟以管rRsS打告发泄显yY", "(?i)" + "(忽略|无视|忘记|忘掉|不要管|别管|跳过|覆盖).{0,12}(指令|规则|设定|提示|要求|限制|命令|人设)"
                    + "|系统提示|提示词|prompt|系统消息|系统指令|你的(指令|规则|设定|配置|提示|身份|后台|源码|模型|参数)"
                    + "|(什么|哪个)(大)?模型|api.?key|密钥|token|扮演|假装你是|现在你是|你现在是|从现在(起|开始)你"
                    + "|developer ?mode|开发者模式|jailbreak|越狱|ignore (all|any|the|previous|above)|disregard|you are now"
                    + "|(请|你)?(回复|输出|说一遍|复述|重复|照着说|跟我说|跟着我说)[:：「“\"]|(以管理员|管理员模式|root|sudo)"
                    + "|(打印|输出|告诉我|发我|泄露|显示).{0,6}(配置|设置|规则|指令|提示|密码|后台|key)");
    private static final FastPattern CONTACT = FastPattern.compile("加+➕找私微薇威徽vVwWqQ扣企主联电手进群领返刷兼代低hH.tT@", "(?i)" + "(加|\\+|➕|找|私)\\s*(v|w|微|薇|威|vx|wx|q|扣|我|群|好友)|微信|薇信|威信|徽信|vx|wx|v信|weixin|wechat|qq|扣扣|企鹅号"
                    + "|私聊|私信我|主页|联系方式|电话|手机号|加群|进群|群号|领红包|返现|刷单|兼职|代购|低价货源"
                    + "|https?:|www\\.|\\.(com|cn|net|top|xyz|cc)\\b|t\\.me|@[a-z0-9]");
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*[a-z!/?]|javascript:|vbscript:|data:text|\\bon[a-z]+\\s*=|&lt;|&#|\\{\\{|\\$\\{|%3c|\\[url|!\\[|\\]\\(",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL = Pattern.compile(
            "(;|'|\")\\s*(drop|delete|insert|update|select|truncate|alter|exec)\\b|union\\s+(all\\s+)?select|\\bor\\s+'?1'?\\s*=\\s*'?1"
                    + "|drop\\s+table|select\\s+\\*|insert\\s+into|delete\\s+from|--\\s*$|/\\*|xp_cmdshell|sleep\\(",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern INSULT = FastPattern.compile("傻煞沙sS脑智去妈尼你nN废狗死滚垃骗贱犯", "(?i)" + "傻逼|傻b|煞笔|沙比|sb主播|\\bsb\\b|脑残|智障|去死|(?<!妈)妈的|尼玛|你妈(?!妈)|nmsl|废物|狗东西|死全家|滚蛋|垃圾主播|骗子主播|贱人|犯贱");
    private static final FastPattern FAKE = FastPattern.compile("主老客官管场运说刚公通免白不0零一1买全假终无", "(?i)" + "(主播|老板|客服|官方|管理员|场控|运营)(刚才|刚刚|已经|都)?(说|讲|答应|承诺|保证|通知|宣布)|说好的|刚才说|公告|通知[:：]"
                    + "|免费送|白送|不要钱|免单|0元购|零元购|[0零一1]\\s*(块|元|毛)钱?(一件|就卖|包邮|秒杀|拍|买)|买一送[二三四五六七八九十0-9]{1,2}"
                    + "|全场.{0,4}(1|一)(块|元)|假一赔[0-9十百千万]+|终身(保修|免费)|无条件退款");

    private static final OldKeywords INJECTION_GATE = new OldKeywords("忽略", "无视", "忘记", "忘掉", "不要管", "别管", "跳过", "覆盖",
            "系统", "提示", "prompt", "你的", "模型", "api", "key", "密钥", "token", "扮演", "假装", "现在你", "你现在", "从现在",
            "developer", "开发者", "jailbreak", "越狱", "ignore", "disregard", "you are", "youare", "回复", "输出", "说一遍", "复述", "重复",
            "照着说", "跟我说", "跟着我说", "管理员", "root", "sudo", "打印", "告诉我", "发我", "泄露", "显示", "什么模型", "哪个模型");
    private static final OldKeywords CONTACT_GATE = new OldKeywords("加", "+", "➕", "找", "私", "微", "薇", "威", "徽", "vx", "wx", "v信",
            "weixin", "wechat", "qq", "扣扣", "企鹅", "主页", "联系", "电话", "手机", "tel", "群", "红包", "返现", "刷单", "兼职", "代购",
            "货源", "http", "www", ".", "t.me", "@");
    private static final OldKeywords INSULT_GATE = new OldKeywords("傻", "煞", "沙比", "sb", "脑残", "智障", "去死", "妈", "尼玛", "nmsl",
            "废物", "狗东西", "死全家", "滚", "垃圾主播", "骗子", "贱");
    private static final OldKeywords FAKE_GATE = new OldKeywords("主播", "老板", "客服", "官方", "管理员", "场控", "运营", "说好", "刚才",
            "公告", "通知", "免费", "白送", "不要钱", "免单", "元", "块", "毛", "买一送", "全场", "假一赔", "终身", "无条件");

    private OldSafetyScreen() {}

    /** Whether the text has a character that markup, SQL or English injection needs. */
    private static boolean asciiSymbols(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 128 && (c >= 'a' && c <= 'z' || c == '<' || c == '>' || c == '&' || c == '{' || c == '$' || c == '%'
                    || c == '[' || c == ']' || c == ';' || c == '\'' || c == '"' || c == '=' || c == '-' || c == '/' || c == '*'
                    || c == '(' || c == ':')) return true;
        }
        return false;
    }

    /** The threat in {@code raw}, or {@code null} for an ordinary comment. */
    static Threat screen(String raw) {
        return screen(raw, true);
    }

    /**
     * The threat in {@code raw}, or {@code null}; {@code fake} whether to look for fake announcements too (only
     * needed where a reply could seem to confirm one).
     */
    static Threat screen(String raw, boolean fake) {
        if (raw == null || raw.isEmpty()) return null;
        if (raw.length() > 300) return Threat.FLOOD;
        String t = clean(raw);
        boolean ascii = asciiSymbols(t);
        if (ascii) {
            if (MARKUP.matcher(t).find() || t.indexOf('<') >= 0 && t.indexOf('>') > t.indexOf('<')) return Threat.MARKUP;
            if (SQL.matcher(t).find()) return Threat.SQL;
        }
        String squeezed = squeeze(t);
        boolean same = squeezed.length() == t.length();
        if (INJECTION_GATE.any(squeezed) && (INJECTION.matcher(t).find() || !same && INJECTION.matcher(squeezed).find())) return Threat.INJECTION;
        if (longNumber(t) || CONTACT_GATE.any(t) && (CONTACT.matcher(t).find() || !same && CONTACT.matcher(squeezed).find())) return Threat.CONTACT;
        if (INSULT_GATE.any(squeezed) && INSULT.matcher(squeezed).find()) return Threat.INSULT;
        if (fake && FAKE_GATE.any(squeezed) && FAKE.matcher(squeezed).find()) return Threat.FAKE_ANNOUNCEMENT;
        if (repeated(t)) return Threat.FLOOD;
        return null;
    }

    /**
     * What {@link #screen(String, boolean) screen(raw, false)} returns, given what {@code screen(raw, true)} returned:
     * the same, except that a fake announcement is then only a flood or nothing.
     */
    static Threat withoutFake(String raw, Threat withFake) {
        if (withFake != Threat.FAKE_ANNOUNCEMENT) return withFake;
        return repeated(clean(raw)) ? Threat.FLOOD : null;
    }

    /** NFKC (full width to half width), lower case, zero-width and control characters removed. */
    static String clean(String raw) {
        String t = raw;
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            if (c >= 0xFF00 && c <= 0xFFEF || c < 0x20 || c >= 0x200B && c <= 0x206F || c == 0xFEFF || c == 0xAD || c == 0x180E) plain = false;
        }
        if (!plain) t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x200B && c <= 0x200F || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF || c == 0xAD || c == 0x180E
                    || c == 0x202A || c == 0x202B || c == 0x202C || c == 0x202D || c == 0x202E || Character.isISOControl(c)) continue;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The text without spaces and punctuation, so "加 V.X" reads as "加vx". */
    private static String squeeze(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '@' || c == '➕' || c == ':' || c == '：' || c == '.') sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the text holds a number that looks like a phone, QQ or account: 7+ digits in a row, or 8+ split by spaces or dashes. */
    static boolean longNumber(String t) {
        int run = 0, split = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 7 || ++split >= 8) return true;
            } else {
                run = 0;
                if (c != ' ' && c != '-') split = 0;
            }
        }
        return false;
    }

    private static boolean repeated(String t) {
        int run = 1;
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) == t.charAt(i - 1) && !Character.isDigit(t.charAt(i))) {
                if (++run >= 20) return true;
            } else {
                run = 1;
            }
        }
        return false;
    }
}
