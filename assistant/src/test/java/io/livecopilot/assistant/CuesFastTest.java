package io.livecopilot.assistant;

import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cue router finding all cue words in one pass routes exactly as the one it replaced ({@link OldCues}, kept as it was). */
class CuesFastTest {
    private static final String[] CUES = {"多少钱", "价格", "几块", "多少米", "什么价", "到手价", "到手多少", "价位", "怎么卖", "多钱", "啥价", "快递", "物流",
            "发货", "包邮", "几天到", "邮费", "配送", "能发", "发吗", "寄", "退货", "退换", "能退", "可以退", "无理由", "运费险", "售后", "保修", "质保",
            "换货", "有货", "没货", "库存", "补货", "卖完", "售罄", "抢不到", "断货", "还有吗", "什么码", "尺码", "码数", "穿多大", "多大码", "偏大", "偏小",
            "选码", "几码", "优惠", "有券", "优惠券", "满减", "便宜点", "折扣", "赠品", "吗", "呢", "？", "?", "什么", "怎么", "多少", "几", "哪", "能不能",
            "是不是", "有没有", "会不会", "缺货", "断码", "预订", "不", "没", "多", "少", "钱", "退", "货", "码", "大", "好", "的", "还能拍",
            "再便宜", "便宜些", "便宜一点", "少点", "少一点", "包个价", "砍价", "再降", "能降", "抹零", "送个", "送点", "有送", "送不送", "买一送", "赠",
            "正品", "真货", "假货", "假的", "是真的", "真的假的", "防伪", "正版", "原装", "官方", "旗舰店", "专柜", "验货", "鉴定", "认证", "拍了", "下单了",
            "已下单", "已经下单", "付款了", "已付款", "付了钱", "拍错", "改成", "改地址", "改个地址", "改颜色", "改尺码", "备注", "取消订单", "订单", "出不出",
            "辣不辣", "送", "真", "拍", "改"};

    @Test
    void should_route_as_the_router_it_replaced() throws IOException {
        List<String> real = SafetyScreenFastTest.realLines();
        Random r = new Random(41);
        Entities product = new Entities(null, "P01", List.of("P01"), null, null, null, null, null, null, null);
        Entities link = new Entities(3, null, List.of(), null, null, null, null, null, null, null);
        Entities body = new Entities(null, null, List.of(), null, null, 165, 50.0, null, null, null);
        Entities colour = new Entities(null, null, List.of(), null, "黑色", null, null, null, null, null);
        Entities[] es = {Entities.NONE, product, link, body, colour};
        Intent[] intents = Intent.values();
        int routed = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(6);
            for (int j = 0; j < k; j++) {
                if (r.nextInt(3) == 0) {
                    String line = real.get(r.nextInt(real.size()));
                    int from = r.nextInt(line.length());
                    b.append(line, from, Math.min(line.length(), from + 1 + r.nextInt(12)));
                } else b.append(CUES[r.nextInt(CUES.length)]);
            }
            String text = i % 1000 == 0 ? null : b.toString();
            Intent intent = intents[r.nextInt(intents.length)];
            double confidence = r.nextDouble();
            Entities e = es[r.nextInt(es.length)];
            Intent now = Cues.route(intent, confidence, text, e);
            assertThat(now).as("route(%s, %s, \"%s\", %s)", intent, confidence, text, e).isEqualTo(OldCues.route(intent, confidence, text, e));
            if (now != intent) routed++;
            if (text != null) assertThat(Cues.question(text)).as(text).isEqualTo(OldCues.question(text));
        }
        assertThat(routed).isGreaterThan(20_000);
    }

    @Test
    void should_keep_an_unsure_guess_of_another_product_question_and_send_other_unsure_ones_to_the_catalog() {
        Entities pillow = new Entities(null, "P10", List.of("P10"), null, null, null, null, null, null, null);
        String q = "乳胶枕侧着睡可以吗";
        assertThat(Cues.route(Intent.ASK_USAGE, 0.3, q, pillow)).isEqualTo(Intent.ASK_USAGE);
        assertThat(Cues.route(Intent.ASK_VARIANT, 0.3, "枕头有矮一点的吗", pillow)).isEqualTo(Intent.ASK_VARIANT);
        assertThat(Cues.route(Intent.OTHER, 0.3, q, pillow)).isEqualTo(Intent.ASK_SPEC);
        assertThat(Cues.route(Intent.ASK_PRICE, 0.3, q, pillow)).isEqualTo(Intent.ASK_SPEC); // no price word
        assertThat(Cues.route(Intent.ASK_USAGE, 0.3, q, Entities.NONE)).isEqualTo(Intent.ASK_USAGE);
    }

    @Test
    void should_route_unsure_haggles_doubts_order_changes_and_colour_questions_by_their_words() {
        Entities boots = new Entities(null, "P03", List.of("P03"), null, null, null, null, null, null, null);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.3, "这双靴子还能便宜一点吗", boots)).isEqualTo(Intent.ASK_DISCOUNT);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.25, "买两盒送个杯子不", boots)).isEqualTo(Intent.ASK_DISCOUNT);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.35, "这款面霜是专柜货吗", boots)).isEqualTo(Intent.ASK_AUTHENTICITY);
        assertThat(Cues.route(Intent.PRAISE, 0.6, "拍了一件蓝的能换成白的吗", boots)).isEqualTo(Intent.ORDER_ISSUE);
        Entities grey = new Entities(null, null, List.of(), null, "灰色", null, null, null, null, null);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.3, "毛衣出不出灰的", grey)).isEqualTo(Intent.ASK_VARIANT);
        Entities coffee = new Entities(null, null, List.of(), null, "咖啡色", null, null, null, null, null);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.3, "这咖啡苦不苦", coffee)).isEqualTo(Intent.ASK_SPEC);
        // no question, or a confident intent: the words decide nothing
        assertThat(Cues.route(Intent.PRAISE, 0.9, "已经拍了 开心", boots)).isEqualTo(Intent.PRAISE);
        assertThat(Cues.route(Intent.PRAISE, 0.9, "专柜买过 很好用", Entities.NONE)).isEqualTo(Intent.PRAISE);
        assertThat(Cues.route(Intent.ASK_RECOMMEND, 0.8, "送男朋友买哪个好", Entities.NONE)).isEqualTo(Intent.ASK_RECOMMEND);
        assertThat(Cues.route(Intent.COMPLAINT, 0.3, "收到的是假的吗 太气人了", boots)).isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void should_route_a_question_that_names_the_link_by_number_to_the_fact_it_asks_about() {
        Entities link = new Entities(4, "P04", List.of("P04"), null, null, null, null, null, null, null);
        assertThat(Cues.route(Intent.ASK_LINK, 0.9, "4号链接发什么快递", link)).isEqualTo(Intent.ASK_SHIPPING);
        assertThat(Cues.route(Intent.ASK_LINK, 0.9, "4号链接能退货吗", link)).isEqualTo(Intent.ASK_AFTERSALE);
        assertThat(Cues.route(Intent.ASK_LINK, 0.9, "4号链接在哪", link)).isEqualTo(Intent.ASK_LINK);
        assertThat(Cues.route(Intent.ASK_USAGE, 0.9, "这款怎么卖呀", link)).isEqualTo(Intent.ASK_PRICE);
        assertThat(Cues.route(Intent.ASK_LINK, 0.9, "保温杯链接发什么快递", Entities.NONE)).isEqualTo(Intent.ASK_LINK);
    }
}
