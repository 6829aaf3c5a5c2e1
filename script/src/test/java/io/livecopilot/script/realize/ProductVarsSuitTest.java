package io.livecopilot.script.realize;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductVarsSuitTest {

    @Test
    void should_tell_people_from_occasions_and_things() {
        for (String who : List.of("梨形身材", "小个子", "学生", "日常走路多的人", "1到3岁宝宝", "敏感肌", "黄皮", "上班族",
                "健身人群", "发质毛躁的人", "养宠家庭", "三到五口之家", "挑食猫", "军训学生", "婴儿", "男生")) {
            assertThat(ProductVars.suitKind(who)).as(who).isEqualTo(ProductVars.SuitKind.WHO);
        }
        for (String scene : List.of("通勤", "约会", "秋冬内搭", "跑步", "出差", "旅行", "送父母", "送新婚", "侧睡", "开车久坐",
                "健身后穿", "追剧", "减脂期", "打游戏")) {
            assertThat(ProductVars.suitKind(scene)).as(scene).isEqualTo(ProductVars.SuitKind.SCENE);
        }
        for (String thing : List.of("追剧零食", "孕妇零食", "大户型")) {
            assertThat(ProductVars.suitKind(thing)).as(thing).isEqualTo(ProductVars.SuitKind.OTHER);
        }
    }

    @Test
    void should_fill_who_or_scene_and_forget_the_previous_kind() {
        Map<String, String> m = new HashMap<>();
        ProductVars.putSuit(m, "学生");
        assertThat(m).containsEntry("suit", "学生").containsEntry("who", "学生").doesNotContainKey("scene");
        ProductVars.putSuit(m, "通勤");
        assertThat(m).containsEntry("suit", "通勤").containsEntry("scene", "通勤").doesNotContainKey("who");
        ProductVars.putSuit(m, "追剧零食");
        assertThat(m).containsEntry("suit", "追剧零食").doesNotContainKeys("who", "scene");
    }
}
