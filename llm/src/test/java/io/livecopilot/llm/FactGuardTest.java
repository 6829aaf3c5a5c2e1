package io.livecopilot.llm;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FactGuardTest {
    static final Catalog CATALOG = load();
    static final FactGuard GUARD = new FactGuard(CATALOG);

    static Catalog load() {
        try (InputStream in = FactGuardTest.class.getResourceAsStream("/catalog12.json")) {
            ImportResult r = CatalogReader.read(in);
            assertThat(r.rejected()).isEmpty();
            return r.catalog();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Violation> check(String s) {
        return GUARD.check(s, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1号链接纯棉圆领T恤，直播间只要59元，原价99元，满99减10，拍两件到手108元。",
            "这款T恤是100%棉的，220g重磅，160cm、50kg的姐妹穿M码刚好。",
            "2号链接冰丝防晒衣，今天89元，领券立减20，到手69元，UPF50+，有浅粉、冰川蓝、米白三个颜色。",
            "3号运动鞋199元，满199减30，到手169，尺码36到44码都有，标准码。",
            "面霜50g，玻尿酸加神经酰胺，下单送同款小样5g，支持7天无理由退货，还有运费险。",
            "空气炸锅5L大容量，1400W，领券减40，到手199元，质保2年。",
            "蓝牙耳机单次续航8小时，179元，质保12个月，中通快递48小时内发货。",
            "8号保温杯已经售罄了，想要的宝宝点一下预约，补货第一时间通知大家。",
            "全场包邮，新疆、西藏除外，48小时内发货。",
            "坚果礼盒69.9元，第二件减20，食品不支持无理由退货。",
            "猫粮2kg，粗蛋白≥40%，领券减10，到手89元。",
            "真丝眼罩是22姆米桑蚕丝，39元一个。",
            "护手霜礼盒3支装，每支30ml，59元，满59减5，到手54元。",
    })
    void should_pass_true_pitches(String s) {
        assertThat(check(s)).isEmpty();
    }

    @Test
    void should_flag_a_wrong_live_price_and_repair_it() {
        String s = "1号链接T恤今天只要49元！";
        List<Violation> vs = check(s);
        assertThat(vs).extracting(Violation::kind, Violation::text, Violation::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fact", "49元", "59元"));
        assertThat(GUARD.repair(s, null).text()).isEqualTo("1号链接T恤今天只要59元！");
    }

    @Test
    void should_flag_a_wrong_list_price() {
        assertThat(check("防晒衣原价299元，今天89元")).extracting(Violation::text).containsExactly("299元");
    }

    @Test
    void should_flag_free_shipping_to_an_excluded_region() {
        List<Violation> vs = check("2号防晒衣新疆也包邮哦");
        assertThat(vs).extracting(Violation::kind).containsExactly("fact");
        assertThat(vs.get(0).detail()).contains("新疆");
        assertThat(GUARD.repair("2号防晒衣89元。新疆也包邮哦。", null).text()).isEqualTo("2号防晒衣89元。");
    }

    @Test
    void should_flag_nationwide_free_shipping_when_regions_are_excluded() {
        List<Violation> vs = check("全国包邮！");
        assertThat(vs).extracting(Violation::suggestion).containsExactly("包邮（新疆、西藏除外）");
    }

    @Test
    void should_flag_lifetime_warranty() {
        List<Violation> vs = check("这个空气炸锅终身保修！");
        assertThat(vs).extracting(Violation::kind).contains("fact", "banned_word");
        assertThat(GUARD.repair("这个空气炸锅终身保修！", null).text()).isEqualTo("这个空气炸锅质保2年！");
    }

    @Test
    void should_flag_a_promise_to_pay_for_fakes_that_the_catalog_never_makes() {
        // the catalog has returns, freight insurance and warranty terms, never a payout for fakes or faults
        assertThat(check("7号耳机支持7天无理由，假一赔十，放心冲")).extracting(Violation::kind, Violation::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fact", "假一赔十"));
        assertThat(check("面霜假一罚三")).extracting(Violation::text).containsExactly("假一罚三");
        assertThat(check("保温杯坏了包赔")).extracting(Violation::text).containsExactly("包赔");
        assertThat(check("空气炸锅质量问题赔付3倍")).extracting(Violation::text).containsExactly("赔付3倍");
        assertThat(GUARD.repair("7号耳机179元。假一赔十！", null).text()).isEqualTo("7号耳机179元。");
    }

    @Test
    void should_pass_a_payout_promise_the_product_itself_states() {
        io.livecopilot.core.catalog.Product p = CATALOG.byId("P07").orElseThrow();
        io.livecopilot.core.catalog.Product withFaq = new io.livecopilot.core.catalog.Product(p.id(), p.linkNo(), p.name(),
                p.aliases(), p.category(), p.price(), p.listPrice(), p.stock(), p.variants(), p.sizes(), p.attributes(),
                p.sellingPoints(), p.suits(), p.notFor(), p.promotions(),
                List.of(new io.livecopilot.core.catalog.Faq("是正品吗", "品牌直供，假一赔十")), p.shipping(), p.aftersale());
        List<io.livecopilot.core.catalog.Product> ps = new java.util.ArrayList<>(CATALOG.products());
        ps.set(ps.indexOf(p), withFaq);
        FactGuard g = new FactGuard(new Catalog(CATALOG.shop(), ps));
        assertThat(g.check("7号耳机品牌直供，假一赔十", "P07")).isEmpty();
        assertThat(g.check("8号保温杯假一赔十", null)).extracting(Violation::text).containsExactly("假一赔十");
    }

    @Test
    void should_flag_plain_half_price_when_only_the_second_unit_is_half_price() {
        io.livecopilot.core.catalog.Product p = CATALOG.byId("P05").orElseThrow();
        io.livecopilot.core.catalog.Promotion second = new io.livecopilot.core.catalog.Promotion(
                p.promotions().get(0).kind(), "第二件半价", null, null);
        io.livecopilot.core.catalog.Product halfOff = new io.livecopilot.core.catalog.Product(p.id(), p.linkNo(), p.name(),
                p.aliases(), p.category(), p.price(), p.listPrice(), p.stock(), p.variants(), p.sizes(), p.attributes(),
                p.sellingPoints(), p.suits(), p.notFor(), List.of(second), p.faq(), p.shipping(), p.aftersale());
        List<io.livecopilot.core.catalog.Product> ps = new java.util.ArrayList<>(CATALOG.products());
        ps.set(ps.indexOf(p), halfOff);
        FactGuard g = new FactGuard(new Catalog(CATALOG.shop(), ps), false);
        assertThat(g.check("坚果礼盒现在半价", "P05")).extracting(Violation::kind, Violation::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fact", "半价"));
        assertThat(g.check("坚果礼盒第二件半价，拍两件更划算", "P05")).isEmpty();
        assertThat(g.check("坚果礼盒第2件半价", "P05")).isEmpty();
    }

    @Test
    void should_flag_goods_promised_for_nothing() {
        assertThat(check("8号保温杯79元，前50名免单")).extracting(Violation::kind, Violation::text)
                .contains(org.assertj.core.groups.Tuple.tuple("fact", "免单"));
        assertThat(check("今晚面霜0元购")).extracting(Violation::text).contains("0元购");
        assertThat(check("猫粮白送给大家")).extracting(Violation::kind, Violation::text)
                .contains(org.assertj.core.groups.Tuple.tuple("fact", "白送"));
        assertThat(GUARD.repair("8号保温杯79元。前50名免单！", null).text()).isEqualTo("8号保温杯79元。");
    }

    @Test
    void should_flag_a_sold_out_product_sold_as_in_stock() {
        assertThat(check("8号保温杯现货充足，赶紧拍！")).extracting(Violation::kind).contains("fact");
        assertThat(check("保温杯还剩20件")).extracting(Violation::kind).containsExactly("fact");
    }

    @Test
    void should_flag_fake_scarcity() {
        assertThat(check("1号T恤仅剩10件了")).extracting(Violation::text).containsExactly("仅剩10件");
    }

    @Test
    void should_flag_wrong_returns_days_courier_and_hours() {
        assertThat(check("面霜支持15天无理由退货")).extracting(Violation::suggestion).containsExactly("7天无理由");
        assertThat(check("耳机发顺丰")).extracting(Violation::suggestion).containsExactly("中通");
        assertThat(check("耳机下单24小时内发货")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("坚果支持7天无理由退货")).extracting(Violation::kind).containsExactly("fact");
    }

    @Test
    void should_flag_wrong_material_and_parameters() {
        assertThat(check("防晒衣是纯棉的")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("空气炸锅容量8L")).extracting(Violation::suggestion).containsExactly("5L");
        assertThat(check("耳机续航20小时")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("面霜含烟酰胺")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("坚果0糖")).extracting(Violation::kind).containsExactly("fact");
    }

    @Test
    void should_flag_a_size_the_chart_does_not_have_and_a_wrong_fit() {
        assertThat(check("1号T恤有XXL码")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("T恤160 50kg穿XL")).extracting(Violation::suggestion).containsExactly("M");
    }

    @Test
    void should_flag_contacts_and_markup() {
        assertThat(check("加我微信abc12345领福利")).extracting(Violation::kind).contains("contact");
        assertThat(check("打电话13812345678")).extracting(Violation::kind).containsExactly("contact");
        assertThat(check("想要券的加薇：mei 一二三")).extracting(Violation::kind, Violation::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contact", "加薇"));
        assertThat(check("加个薇私发")).extracting(Violation::kind).contains("contact");
        assertThat(check("<script>alert(1)</script>")).extracting(Violation::kind).contains("markup");
        assertThat(check("去 www.example.com 买")).extracting(Violation::kind).containsExactly("contact");
    }

    @Test
    void should_flag_a_wrong_discount_and_a_fake_gift() {
        assertThat(check("T恤领券立减30元")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("耳机买一送一")).extracting(Violation::kind).containsExactly("fact");
        assertThat(check("耳机打5折")).extracting(Violation::kind).containsExactly("fact");
    }

    @Test
    void should_use_the_given_product_when_the_text_names_none() {
        assertThat(GUARD.check("只要59元", "P01")).isEmpty();
        assertThat(GUARD.check("只要59元", "P07")).extracting(Violation::suggestion).containsExactly("179元");
    }

    @Test
    void should_guess_the_product_of_a_text_that_names_none_exactly() {
        // "防晒外套" is no name or alias of 冰丝防晒衣, but shares 防晒 with it and with nothing else
        assertThat(check("这件冰丝防晒外套今天只要59元")).extracting(Violation::suggestion).containsExactly("89元");
        assertThat(check("这件冰丝防晒外套今天只要89元")).isEmpty();
    }

    @Test
    void should_read_chinese_numerals_in_prices() {
        assertThat(check("T恤只要五十九块")).isEmpty();
        assertThat(check("T恤只要四十九块")).extracting(Violation::kind).containsExactly("fact");
    }

    @Test
    void should_never_throw_on_random_and_huge_input() {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(80);
            for (int k = 0; k < n; k++) sb.append((char) (r.nextBoolean() ? 0x4e00 + r.nextInt(0x5000) : 32 + r.nextInt(95)));
            GUARD.check(sb.toString(), null);
            GUARD.repair(sb.toString(), "P01");
        }
        String big = "1号链接T恤只要59元，".repeat(2000);
        assertThat(GUARD.check(big, null)).isEmpty();
    }
}
