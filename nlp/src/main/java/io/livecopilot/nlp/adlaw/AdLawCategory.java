package io.livecopilot.nlp.adlaw;

/** The kind of advertising-law problem a lexicon entry stands for, with the rule it breaks (in Chinese, for hosts). */
public enum AdLawCategory {
    ABSOLUTE("绝对化用语（广告法第九条第三项：不得使用“国家级”“最高级”“最佳”等用语）"),
    NATIONAL("国家级/特供/权威推荐类用语（广告法第九条第二、三项，第十六条）"),
    MEDICAL("疾病治疗或功效宣称（广告法第十七条：非医疗、药品、医疗器械广告不得涉及疾病治疗功能；食品、化妆品不得宣称医疗作用）"),
    GUARANTEE("效果保证或承诺（广告法第十六条、第二十八条：不得对功效、安全性作断言或保证）"),
    COMPARISON("贬低或比较其他经营者（广告法第十三条：不得贬低其他生产经营者的商品或服务）"),
    URGENCY("虚假紧迫感或虚假价格说法（广告法第二十八条、价格法第十四条）");

    private final String rule;

    AdLawCategory(String rule) {
        this.rule = rule;
    }

    /** The rule this category breaks, as shown in a violation's detail. */
    public String rule() {
        return rule;
    }

    static AdLawCategory ofCode(String code) {
        return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
