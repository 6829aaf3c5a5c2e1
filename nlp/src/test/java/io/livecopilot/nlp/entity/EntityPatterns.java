package io.livecopilot.nlp.entity;

import io.livecopilot.nlp.adlaw.FastPattern;

import java.util.regex.Pattern;

/**
 * The regexes the entity extractor used before its hand-written matchers ({@link Scans}), kept verbatim as the
 * reference the tests compare those matchers with (and, as {@link FastPattern}s, the reference of FastPattern's own
 * test).
 */
public final class EntityPatterns {
    private EntityPatterns() {}

    public static final FastPattern LINK = FastPattern.compile("0-9链第l",
            "(?<![0-9.a-z])([0-9]{1,3})\\s*号(?!发|到|之前|前|下单|左右|以后|后|晚|早|上午|下午|开始|会|能|可以|那天|当天|色)"
                    + "|链接\\s*([0-9]{1,3})(?![0-9])|第\\s*([0-9]{1,3})\\s*(?:个|号)?\\s*(?:链接|宝贝|商品|产品|款)|(?<![a-z])link\\s*([0-9]{1,3})");
    public static final FastPattern SIZE_LETTER = FastPattern.compile("2-6xsml", "(?<![a-z0-9])([2-6]xl|xxxl|xxl|xl|xs|s|m|l)(?![a-z])");
    public static final FastPattern SIZE_NUMBER = FastPattern.compile("0-9", "(?<![0-9.])([0-9]{2,3}(?:\\.5)?)\\s*码");
    public static final FastPattern SIZE_WORD = FastPattern.compile("均加大小中特fo", "均码|加大码|大码|小码|中码|大号|中号|小号|特大号|free\\s?size|one\\s?size");
    public static final Pattern HEIGHT_CM = Pattern.compile("(?<![0-9.])([5-9][0-9]|1[0-9][0-9]|2[01][0-9])\\s*cm");
    public static final Pattern HEIGHT_WORD = Pattern.compile("(?:身高|高)\\s*(?:是|有)?\\s*(1[3-9][0-9]|2[01][0-9])(?![0-9])");
    public static final Pattern WEIGHT_KG = Pattern.compile("(?<![0-9.])([0-9]{1,3}(?:\\.[0-9]+)?)\\s*kg");
    public static final Pattern WEIGHT_WORD = Pattern.compile("体重\\s*(?:是|有)?\\s*([0-9]{2,3}(?:\\.[0-9]+)?)(?![0-9.]|kg)");
    public static final FastPattern HEIGHT_WEIGHT = FastPattern.compile("1",
            "(?<![0-9.])(1[4-9][0-9])\\s*(?:cm)?\\s*[ ,，/、+和]?\\s*([3-9][0-9]|1[0-9][0-9]|2[0-4][0-9])(?![0-9.]|元|号|码|cm|块|件|个|ml|g)");
    public static final FastPattern BARE_HEIGHT = FastPattern.compile("1", "(?<![0-9.])(1[4-9][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)");
    public static final FastPattern CHILD_HEIGHT = FastPattern.compile("1", "(?<![0-9.])(1[0-3][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)");
    public static final FastPattern WEIGHT_CONTEXT = FastPattern.compile("码穿尺身体多合胖瘦偏腰胸", "码|穿|尺码|身高|体重|多大|合适|胖|瘦|偏大|偏小|腰围|胸围");
}
