package io.livecopilot.nlp;

import io.livecopilot.core.ChineseNumbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masker of personal data in comments: e-mail addresses, ID card numbers, bank card numbers, mobile and landline
 * numbers (also spaced, with separators or written in Chinese digits), WeChat and QQ ids and street addresses are
 * replaced by a token ({@code [邮箱] [身份证号] [银行卡号] [手机号] [电话] [微信号] [QQ号] [地址]}) before anything is
 * stored or shown. Works on raw or normalized text; thread-safe, never throws, linear in the length of the text.
 */
public final class PiiMasker {
    public static final String EMAIL = "[邮箱]";
    public static final String ID_CARD = "[身份证号]";
    public static final String BANK_CARD = "[银行卡号]";
    public static final String PHONE = "[手机号]";
    public static final String LANDLINE = "[电话]";
    public static final String WECHAT = "[微信号]";
    public static final String QQ = "[QQ号]";
    public static final String ADDRESS = "[地址]";

    private static final String D = "[0-9０-９]";
    private static final String SEP = "[\\s\\-－_.·,，]?";
    private static final Pattern EMAIL_RE = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63})*\\.[A-Za-z]{2,10}");
    private static final Pattern ID_RE = Pattern.compile("(?<![0-9０-９])[1-9]" + D + "{5}(?:19|20)" + D + "{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])" + D + "{3}[0-9Xx](?![0-9０-９])");
    private static final Pattern BANK_RE = Pattern.compile("(?<![0-9０-９])[3-6]" + D + "{3}(?:" + SEP + D + "{4}){2,3}(?:" + SEP + D + "{1,3})?(?![0-9０-９])");
    private static final Pattern PHONE_RE = Pattern.compile("(?<![0-9０-９])(?:\\+?86" + SEP + ")?1[3-9]" + D + "(?:" + SEP + D + "){8}(?![0-9０-９])");
    private static final Pattern LANDLINE_RE = Pattern.compile("(?<![0-9０-９])0[1-9]" + D + "{1,2}[\\-－\\s]?[2-9]" + D + "{6,7}(?![0-9０-９])");
    private static final Pattern QQ_RE = Pattern.compile("(?i)(qq|扣扣|企鹅)(号|群)?\\s*(?:是|号是|:|：)?\\s*[1-9]" + D + "{4,10}(?![0-9０-９])");
    private static final Pattern WECHAT_RE = Pattern.compile(
            "(?i)(微信|vx|v信|wx|威信|薇信|加v|加薇|薇)(号)?\\s*(?:是|号是|:|：)?\\s*(wxid_[a-z0-9]{4,}|[a-z][a-z0-9_\\-]{5,19}|1[3-9][0-9]{9}|[1-9][0-9]{5,10})(?![a-z0-9_\\-])");
    private static final Pattern ADDRESS_RE = Pattern.compile(
            "(?:[\\u4e00-\\u9fa5]{1,10}?(?:省|自治区|市|区|县|镇|乡|街道)){0,4}[\\u4e00-\\u9fa5A-Za-z0-9]{0,12}?"
                    + "(?:路|街|巷|弄|胡同|大道|小区|花园|公寓|大厦|村|苑|新村|家园)\\s*[0-9一二三四五六七八九十]{1,5}\\s*(?:号|弄|栋|幢|号楼|单元|座)"
                    + "(?:\\s*[0-9一二三四五六七八九十A-Za-z\\-]{1,5}\\s*(?:号楼|栋|幢|单元|楼|层|室|号|座))*(?:\\s*[0-9]{2,5})?");
    private static final Pattern CN_DIGITS = Pattern.compile("[零〇一二三四五六七八九幺]{7,}");

    private PiiMasker() {}

    // the character classes of the first pass of mask(): 0 for a character that is none of them
    private static final int DIGIT = 1, CN_DIGIT = 1 << 1, SEPARATOR = 1 << 2, AT = 1 << 3, WECHAT_CHAR = 1 << 4, QQ_CHAR = 1 << 5,
            ADDRESS_CHAR = 1 << 6;
    private static final byte[] CLASS = classes();

    private static byte[] classes() {
        byte[] t = new byte[65536];
        for (char c = '0'; c <= '9'; c++) t[c] = DIGIT;
        for (char c = '０'; c <= '９'; c++) t[c] = DIGIT;
        for (char c : "零〇一幺二两三四五六七八九十".toCharArray()) t[c] = CN_DIGIT; // ChineseNumbers.digit(c) >= 0, and 十
        for (char c : " -－_.·,，+".toCharArray()) t[c] = SEPARATOR;
        t['@'] = AT;
        for (char c : "微薇威vVwW".toCharArray()) t[c] = WECHAT_CHAR;
        for (char c : "qQ扣企".toCharArray()) t[c] = QQ_CHAR;
        for (char c : "路街巷弄同道区园寓厦村苑".toCharArray()) t[c] = ADDRESS_CHAR;
        return t;
    }

    /** {@code text} with every piece of personal data replaced by its token; "" for {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) return "";
        // one pass decides which patterns can match at all; most comments need none
        char[] a = text.toCharArray();
        int n = a.length;
        int run = 0, maxRun = 0, cnRun = 0, maxCnRun = 0;
        boolean anyDigit = false;
        int found = 0;
        byte[] classes = CLASS;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            int k = classes[c];
            if (k == 0) {
                run = 0;
                cnRun = 0;
                continue;
            }
            if ((k & DIGIT) != 0) {
                run++;
                cnRun = 0;
                anyDigit = true;
            } else if ((k & CN_DIGIT) != 0) {
                anyDigit = true;
                cnRun = c == '十' ? 0 : cnRun + 1;
                if (cnRun > maxCnRun) maxCnRun = cnRun;
            } else {
                cnRun = 0;
                if ((k & SEPARATOR) == 0) run = 0;
                found |= k;
            }
            if (run > maxRun) maxRun = run;
        }
        boolean at = (found & AT) != 0, wechat = (found & WECHAT_CHAR) != 0, qq = (found & QQ_CHAR) != 0, addressWord = (found & ADDRESS_CHAR) != 0;
        boolean address = addressWord && anyDigit;
        if (maxRun < 5 && maxCnRun < 7 && !at && !wechat && !address) return text;
        String s = text;
        if (at) s = replace(EMAIL_RE, s, EMAIL);
        if (maxCnRun >= 7) {
            s = chineseDigits(s);
            maxRun = Math.max(maxRun, maxCnRun);
        }
        if (wechat && mayBeWechat(s)) s = replace(WECHAT_RE, s, null);
        if (qq && maxRun >= 5) s = replace(QQ_RE, s, null);
        if (maxRun >= 15) s = replace(ID_RE, s, ID_CARD);
        if (maxRun >= 11) s = replace(PHONE_RE, s, PHONE);
        if (maxRun >= 14) s = replace(BANK_RE, s, BANK_CARD);
        if (maxRun >= 9) s = replace(LANDLINE_RE, s, LANDLINE);
        if (addressWord && mayBeAddress(s)) s = replace(ADDRESS_RE, s, ADDRESS);
        return s;
    }

    /**
     * Whether {@link #ADDRESS_RE} can match at all: it needs the last character of a street word (路 街 巷 弄 胡同 大道 小区
     * 花园 公寓 大厦 村 苑 新村 家园), spaces, a number of digits or Chinese numerals, spaces and the first character of
     * a house unit (号 弄 栋 幢 号楼 单元 座). One pass, so that the regex (costly at every position) runs only when it may
     * match — "一下" and "小区" in one comment are no address.
     */
    private static final long[] STREET_LAST = CharBits.of("路街巷弄同道区园寓厦村苑"), HOUSE_NUMBER = CharBits.of("0123456789一二三四五六七八九十"),
            UNIT_FIRST = CharBits.of("号弄栋幢单座");

    static boolean mayBeAddress(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!CharBits.has(STREET_LAST, s.charAt(i))) continue;
            int j = i + 1;
            while (j < n && isRegexSpace(s.charAt(j))) j++;
            int digits = j;
            while (j < n && CharBits.has(HOUSE_NUMBER, s.charAt(j))) j++;
            if (j == digits) continue;
            while (j < n && isRegexSpace(s.charAt(j))) j++;
            if (j < n && CharBits.has(UNIT_FIRST, s.charAt(j))) return true;
        }
        return false;
    }

    /**
     * Whether {@link #WECHAT_RE} can match: it needs one of its lead words (微信 威信 薇信 薇 vx v信 wx 加v 加薇, ASCII
     * letters in any case): 微信, 威信 or 薇, or v followed by x or 信, w followed by x, or 加 followed by v.
     */
    static boolean mayBeWechat(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            switch (c) {
                case '薇' -> {
                    return true;
                }
                case '微', '威' -> {
                    if (next == '信') return true;
                }
                case 'v', 'V' -> {
                    if (next == 'x' || next == 'X' || next == '信') return true;
                }
                case 'w', 'W' -> {
                    if (next == 'x' || next == 'X') return true;
                }
                case '加' -> {
                    if (next == 'v' || next == 'V') return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** {@code \s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static final String[] LEAD_INS = {"收货地址是", "收货地址", "地址是", "地址", "寄到", "送到", "发到", "邮到", "寄去", "我住在", "我住",
            "住在", "我家在", "家在", "我在", "在"};

    /** How many characters at the start of an address match are lead-in words ("寄到", "我住") rather than the address. */
    private static int leadIn(String s, int start, int end) {
        for (String l : LEAD_INS) {
            if (end - start > l.length() + 2 && s.startsWith(l, start)) return l.length();
        }
        return 0;
    }

    private static String chineseDigits(String s) {
        Matcher m = CN_DIGITS.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        do {
            b.append(s, last, m.start());
            for (int i = m.start(); i < m.end(); i++) b.append((char) ('0' + ChineseNumbers.digit(s.charAt(i))));
            last = m.end();
        } while (m.find());
        b.append(s, last, s.length());
        return b.toString();
    }

    private static String replace(Pattern p, String s, String token) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        do {
            int start = m.start();
            if (p == ADDRESS_RE) start += leadIn(s, start, m.end());
            b.append(s, last, start);
            if (token != null) {
                b.append(token);
            } else if (p == WECHAT_RE) {
                b.append(m.group(1)).append(m.group(2) == null ? "" : m.group(2)).append(WECHAT);
            } else {
                b.append(m.group(1)).append(m.group(2) == null ? "" : m.group(2)).append(QQ);
            }
            last = m.end();
        } while (m.find());
        b.append(s, last, s.length());
        return b.toString();
    }
}
