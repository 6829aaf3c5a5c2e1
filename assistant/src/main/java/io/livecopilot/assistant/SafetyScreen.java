package io.livecopilot.assistant;

import io.livecopilot.nlp.adlaw.FastPattern;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Recognises hostile comments before anything is composed: prompt injection, requests for the configuration,
 * contact ads, insults, markup, SQL-looking text, fake announcements and floods, also when hidden behind zero-width
 * characters, full-width letters or spaces. It only classifies: replies are composed from catalog facts and templates
 * and never repeat the comment.
 */
public final class SafetyScreen {
    /** Why a comment is hostile. */
    public enum Threat { INJECTION, CONTACT, MARKUP, SQL, INSULT, FAKE_ANNOUNCEMENT, FLOOD }

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

    /*
     * The gates. Each regex runs only when its gate holds, and every gate is a necessary condition of its regex (a
     * literal every match holds, FastScreensTest proves it on random texts), so the answers are those of the regexes
     * alone; the groups G_* are the keyword gates the screen had before, kept so that answers stay exactly the same.
     * All groups are found in one pass over the cleaned text and one over the squeezed text.
     */
    private static final int MK = 1, EQ = 1 << 1, ON = 1 << 2, SQL_W = 1 << 3, OR = 1 << 4, INJ = 1 << 5, INJ_VERB = 1 << 6,
            INJ_OBJECT = 1 << 7, CT = 1 << 8, CT_LEAD = 1 << 9, INS = 1 << 10, FK = 1 << 11,
            G_INJ = 1 << 12, G_CT = 1 << 13, G_INS = 1 << 14, G_FK = 1 << 15;
    private static final Keywords GATES = new Keywords(new String[][] {
            // MK: MARKUP without \bon[a-z]+\s*= (which needs ON and EQ)
            {"<", "javascript:", "vbscript:", "data:text", "&lt;", "&#", "{{", "${", "%3c", "[url", "![", "]("},
            {"="}, {"on"},
            // SQL_W: SQL without \bor\s+'?1'?\s*=\s*'?1 (which needs OR and EQ)
            {"drop", "delete", "insert", "update", "select", "truncate", "alter", "exec", "union", "--", "/*", "xp_cmdshell", "sleep("},
            {"or"},
            // INJ: INJECTION without (打印|输出|告诉我|发我|泄露|显示).{0,6}(配置|…|key) (which needs INJ_VERB and INJ_OBJECT)
            concat(new String[] {"忽略", "无视", "忘记", "忘掉", "不要管", "别管", "跳过", "覆盖", "系统提示", "提示词", "prompt", "系统消息", "系统指令",
                            "模型", "api", "密钥", "token", "扮演", "假装你是", "现在你是", "你现在是", "从现在起你", "从现在开始你", "developer", "开发者模式",
                            "jailbreak", "越狱", "ignore ", "disregard", "you are now", "管理员", "root", "sudo"},
                    Keywords.product(new String[] {"你的"}, "指令", "规则", "设定", "配置", "提示", "身份", "后台", "源码", "模型", "参数"),
                    Keywords.product(new String[] {"回复", "输出", "说一遍", "复述", "重复", "照着说", "跟我说", "跟着我说"}, ":", "：", "「", "“", "\"")),
            {"打印", "输出", "告诉我", "发我", "泄露", "显示"},
            {"配置", "设置", "规则", "指令", "提示", "密码", "后台", "key"},
            // CT: CONTACT without (加|\+|➕|找|私)\s*(v|w|微|…) (which needs CT_LEAD and leadFollowed)
            {"微信", "薇信", "威信", "徽信", "vx", "wx", "v信", "weixin", "wechat", "qq", "扣扣", "企鹅号", "私聊", "私信我", "主页", "联系方式", "电话",
                    "手机号", "加群", "进群", "群号", "领红包", "返现", "刷单", "兼职", "代购", "低价货源", "http", "www.", ".com", ".cn", ".net", ".top",
                    ".xyz", ".cc", "t.me", "@"},
            {"加", "+", "➕", "找", "私"},
            // INS: INSULT
            {"傻逼", "傻b", "煞笔", "沙比", "sb", "脑残", "智障", "去死", "妈的", "尼玛", "你妈", "nmsl", "废物", "狗东西", "死全家", "滚蛋", "垃圾主播",
                    "骗子主播", "贱人", "犯贱"},
            // FK: FAKE on squeezed text (no spaces)
            concat(Keywords.product(Keywords.product(new String[] {"主播", "老板", "客服", "官方", "管理员", "场控", "运营"}, "", "刚才", "刚刚", "已经", "都"),
                            "说", "讲", "答应", "承诺", "保证", "通知", "宣布"),
                    Keywords.product(new String[] {"0", "零", "一", "1"}, "块", "元", "毛"),
                    new String[] {"说好的", "刚才说", "公告", "通知:", "通知：", "免费送", "白送", "不要钱", "免单", "0元购", "零元购", "买一送", "全场", "假一赔",
                            "终身保修", "终身免费", "无条件退款"}),
            // the gates of before
            {"忽略", "无视", "忘记", "忘掉", "不要管", "别管", "跳过", "覆盖", "系统", "提示", "prompt", "你的", "模型", "api", "key", "密钥", "token",
                    "扮演", "假装", "现在你", "你现在", "从现在", "developer", "开发者", "jailbreak", "越狱", "ignore", "disregard", "you are", "youare", "回复",
                    "输出", "说一遍", "复述", "重复", "照着说", "跟我说", "跟着我说", "管理员", "root", "sudo", "打印", "告诉我", "发我", "泄露", "显示", "什么模型",
                    "哪个模型"},
            {"加", "+", "➕", "找", "私", "微", "薇", "威", "徽", "vx", "wx", "v信", "weixin", "wechat", "qq", "扣扣", "企鹅", "主页", "联系", "电话", "手机",
                    "tel", "群", "红包", "返现", "刷单", "兼职", "代购", "货源", "http", "www", ".", "t.me", "@"},
            {"傻", "煞", "沙比", "sb", "脑残", "智障", "去死", "妈", "尼玛", "nmsl", "废物", "狗东西", "死全家", "滚", "垃圾主播", "骗子", "贱"},
            {"主播", "老板", "客服", "官方", "管理员", "场控", "运营", "说好", "刚才", "公告", "通知", "免费", "白送", "不要钱", "免单", "元", "块", "毛", "买一送",
                    "全场", "假一赔", "终身", "无条件"}});

    private SafetyScreen() {}

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** The threat in {@code raw}, or {@code null} for an ordinary comment. */
    static Threat screen(String raw) {
        return screen(raw, true);
    }

    /**
     * The threat in {@code raw}, or {@code null}; {@code fake} whether to look for fake announcements too (only
     * needed where a reply could seem to confirm one).
     */
    public static Threat screen(String raw, boolean fake) {
        if (raw == null || raw.isEmpty()) return null;
        if (raw.length() > 300) return Threat.FLOOD;
        Text x = new Text(raw);
        x.analyze();
        char[] t = x.t;
        int n = x.n;
        int bt = GATES.groups(t, n);
        if (x.ascii) {
            if ((bt & MK) != 0 || (bt & (ON | EQ)) == (ON | EQ)) {
                String s = x.t();
                if (MARKUP.matcher(s).find() || s.indexOf('<') >= 0 && s.indexOf('>') > s.indexOf('<')) return Threat.MARKUP;
            }
            if (((bt & SQL_W) != 0 || (bt & (OR | EQ)) == (OR | EQ)) && SQL.matcher(x.t()).find()) return Threat.SQL;
        }
        char[] q = x.squeezed();
        int m = x.m;
        boolean same = m == n;
        int bq = same ? bt : GATES.groups(q, m);
        if ((bq & G_INJ) != 0 && (injection(bt) && INJECTION.matcher(x.t()).find() || !same && injection(bq) && INJECTION.matcher(x.sq()).find())) {
            return Threat.INJECTION;
        }
        if (x.longNumber || (bt & G_CT) != 0 && (contact(bt, t, n) && CONTACT.matcher(x.t()).find()
                || !same && contact(bq, q, m) && CONTACT.matcher(x.sq()).find())) return Threat.CONTACT;
        if ((bq & (G_INS | INS)) == (G_INS | INS) && INSULT.matcher(x.sq()).find()) return Threat.INSULT;
        if (fake && (bq & (G_FK | FK)) == (G_FK | FK) && FAKE.matcher(x.sq()).find()) return Threat.FAKE_ANNOUNCEMENT;
        if (x.repeated) return Threat.FLOOD;
        return null;
    }

    /**
     * Whether the gate of the regex {@code p} (one of the screen's) lets {@code s} through: never false where the regex
     * finds a match (on the texts the screen runs it on: cleaned, or cleaned and squeezed for INSULT and FAKE).
     */
    static boolean gateAllows(Object p, String s) {
        char[] t = s.toCharArray();
        int b = GATES.groups(t, t.length);
        if (p == MARKUP) return (b & MK) != 0 || (b & (ON | EQ)) == (ON | EQ);
        if (p == SQL) return (b & SQL_W) != 0 || (b & (OR | EQ)) == (OR | EQ);
        if (p == INJECTION) return injection(b);
        if (p == CONTACT) return contact(b, t, t.length);
        if (p == INSULT) return (b & INS) != 0;
        if (p == FAKE) return (b & FK) != 0;
        throw new IllegalArgumentException("not a regex of the screen: " + p);
    }

    /** {@link #clean} and then without spaces and punctuation, as the screen squeezes (tests). */
    static String squeezed(String raw) {
        return new Text(raw).sq();
    }

    /** Whether a text with the gate groups {@code b} may hold an INJECTION match. */
    private static boolean injection(int b) {
        return (b & INJ) != 0 || (b & (INJ_VERB | INJ_OBJECT)) == (INJ_VERB | INJ_OBJECT);
    }

    /** Whether a text with the gate groups {@code b} may hold a CONTACT match. */
    private static boolean contact(int b, char[] s, int n) {
        return (b & CT) != 0 || (b & CT_LEAD) != 0 && leadFollowed(s, n);
    }

    /** Whether {@code (加|\+|➕|找|私)\s*(v|w|微|薇|威|q|扣|我|群|好)} occurs: the start of CONTACT's first alternative. */
    static boolean leadFollowed(char[] s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c != '加' && c != '+' && c != '➕' && c != '找' && c != '私') continue;
            int j = i + 1;
            while (j < n && isRegexSpace(s[j])) j++;
            if (j < n && "vw微薇威q扣我群好VWQ".indexOf(s[j]) >= 0) return true;
        }
        return false;
    }

    /** {@code \s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Where one clause of a comment ends. */
    private static final String CLAUSE_END = "，,。.！!？?；;、 \t\n～~…|";

    /**
     * The clauses of a hostile comment that are not hostile themselves, when cutting at clause ends leaves the attack
     * out whole ("无视之前的规则，2号多少钱" → "2号多少钱"): clauses without a Chinese character are dropped with the
     * hostile ones, at least one clause is dropped, and what is kept screens clean as one text; {@code null} when nothing can be kept. Only for comments already found hostile (no cost on others).
     */
    static String separate(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 300) return null;
        StringBuilder kept = new StringBuilder(raw.length());
        boolean dropped = false;
        int start = 0, n = raw.length();
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && CLAUSE_END.indexOf(raw.charAt(i)) < 0) continue;
            String clause = raw.substring(start, i + 1);
            start = i + 1;
            if (clause.isBlank()) continue;
            // a clause without a Chinese character beside an attack is the attack's own (an account, a code): dropped too
            if (hasHan(clause) && screen(clause, true) == null) kept.append(clause);
            else dropped = true;
        }
        String rest = kept.toString().strip();
        if (!dropped || rest.isEmpty()) return null;
        return screen(rest, true) == null ? rest : null;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x4E00 && s.charAt(i) <= 0x9FFF) return true;
        return false;
    }

    /** Characters one of which every fake announcement the screen finds holds (a necessary condition, checked by a test). */
    private static final String FAKE_CHARS = "说讲应诺证知布告送钱单购块元毛赔身款";
    private static final long[] FAKE_CHAR_BITS = io.livecopilot.nlp.CharBits.of(FAKE_CHARS);

    /**
     * Whether {@code raw} may hold a fake announcement: a character gate (one pass, no regex) for comments that would
     * otherwise not be screened at all; {@code false} means {@link #screen} cannot find {@link Threat#FAKE_ANNOUNCEMENT}.
     */
    static boolean mayBeFake(String raw) {
        if (raw == null) return false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (io.livecopilot.nlp.CharBits.has(FAKE_CHAR_BITS, c)) return true;
        }
        return false;
    }

    /**
     * Whether a comment that gets no reply must be screened: it passes {@link #mayBeFake} and the fake-announcement
     * pattern finds one in it (or it is too long to read, which the screen calls a flood). Only those are screened
     * whole, so that ordinary chatter with a common character (说, 款, 元 …) costs one character pass, not the screen.
     */
    static boolean mayBeFakeAnnouncement(String raw) {
        if (!mayBeFake(raw)) return false;
        if (raw.length() > 300) return true;
        return FAKE.matcher(new Text(raw).sq()).find();
    }

    /**
     * What {@link #screen(String, boolean) screen(raw, false)} returns, given what {@code screen(raw, true)} returned:
     * the same, except that a fake announcement is then only a flood or nothing.
     */
    static Threat withoutFake(String raw, Threat withFake) {
        if (withFake != Threat.FAKE_ANNOUNCEMENT) return withFake;
        Text x = new Text(raw);
        return repeated(x.t, x.n) ? Threat.FLOOD : null;
    }

    /**
     * A comment as the screen reads it: cleaned ({@link #clean}) and squeezed (without spaces and punctuation, so
     * "加 V.X" reads as "加vx"), as char arrays; the strings only made when a regex runs.
     */
    private static final class Text {
        final char[] t;
        final int n;
        private char[] q;
        int m;
        private String ts, qs;

        Text(String raw) {
            char[] fast = fastClean(raw);
            t = fast != null ? fast : clean(raw).toCharArray();
            n = t.length;
        }

        String t() {
            if (ts == null) ts = new String(t, 0, n);
            return ts;
        }

        /** Whether the text has a character that markup, SQL or English injection needs; see {@link #analyze}. */
        boolean ascii;
        /** {@link SafetyScreen#longNumber(String)} and {@link #repeated} of the text; see {@link #analyze}. */
        boolean longNumber, repeated;

        /** One pass: the squeezed text and the flags (the work of asciiSymbols, longNumber and repeated). */
        void analyze() {
            char[] out = new char[n];
            int k = 0;
            int digits = 0, split = 0, run = 1;
            boolean sym = false, number = false, flood = false;
            char prev = 0;
            for (int i = 0; i < n; i++) {
                char c = t[i];
                if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '+' || c == '@' || c == ':' || c == '.'
                        : c >= 0x4E00 && c <= 0x9FEF || c == '➕' || c == '：' || Character.isLetterOrDigit(c)) out[k++] = c;
                if (c < 128 && !sym && (c >= 'a' && c <= 'z' || c == '<' || c == '>' || c == '&' || c == '{' || c == '$' || c == '%'
                        || c == '[' || c == ']' || c == ';' || c == '\'' || c == '"' || c == '=' || c == '-' || c == '/' || c == '*'
                        || c == '(' || c == ':')) sym = true;
                if (c >= '0' && c <= '9') {
                    if (++digits >= 7 || ++split >= 8) number = true;
                } else {
                    digits = 0;
                    if (c != ' ' && c != '-') split = 0;
                }
                if (i > 0) {
                    if (c == prev && !Character.isDigit(c)) {
                        if (++run >= 20) flood = true;
                    } else {
                        run = 1;
                    }
                }
                prev = c;
            }
            q = out;
            m = k;
            ascii = sym;
            longNumber = number;
            repeated = flood;
        }

        char[] squeezed() {
            if (q == null) analyze();
            return q;
        }

        String sq() {
            if (qs == null) qs = new String(squeezed(), 0, m);
            return qs;
        }
    }

    /**
     * {@link #clean}{@code (raw)} as chars, computed without the NFKC normalizer when every character of {@code raw}
     * is one whose NFKC form is known (printable ASCII, CJK ideographs and punctuation, general punctuation quotes and
     * dashes, full-width forms FF01–FF5E → ASCII, symbols and dingbats, emoji): their NFKC form is the characters'
     * own, none combines with a neighbour, and none is dropped (SafetyScreenCleanTest checks every one of them against
     * the normalizer). {@code null} when some character is not one of them.
     */
    static char[] fastClean(String raw) {
        char[] out = raw.toCharArray();
        int n = out.length;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F) return null;
                if (c >= 'A' && c <= 'Z') c += 32;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3029 || c >= 0x3400 && c <= 0x4DBF || c >= 0x2600 && c <= 0x27BF
                    || c >= 0x2010 && c <= 0x2016 && c != 0x2011 || c >= 0x2018 && c <= 0x2023) {
                // its own NFKC form, no case
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
                if (c >= 'A' && c <= 'Z') c += 32;
            } else if (c >= 0xD83C && c <= 0xD83E && i + 1 < n && emoji(c, out[i + 1])) {
                i++;
                continue;
            } else {
                return null;
            }
            out[i] = c;
        }
        return out;
    }

    /** Whether the surrogate pair is an emoji or pictograph of U+1F300–U+1FAFF (each its own NFKC form). */
    private static boolean emoji(char high, char low) {
        if (!Character.isLowSurrogate(low)) return false;
        int cp = Character.toCodePoint(high, low);
        return cp >= 0x1F300 && cp <= 0x1FAFF;
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

    /** Whether the text holds a number that looks like a phone, QQ or account: 7+ digits in a row, or 8+ split by spaces or dashes. */
    static boolean longNumber(String t) {
        return longNumber(t.toCharArray(), t.length());
    }

    private static boolean longNumber(char[] t, int n) {
        int run = 0, split = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c >= '0' && c <= '9') {
                if (++run >= 7 || ++split >= 8) return true;
            } else {
                run = 0;
                if (c != ' ' && c != '-') split = 0;
            }
        }
        return false;
    }

    private static boolean repeated(char[] t, int n) {
        int run = 1;
        for (int i = 1; i < n; i++) {
            if (t[i] == t[i - 1] && !Character.isDigit(t[i])) {
                if (++run >= 20) return true;
            } else {
                run = 1;
            }
        }
        return false;
    }
}
