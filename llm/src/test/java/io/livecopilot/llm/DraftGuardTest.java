package io.livecopilot.llm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared draft check: what a model adds to a draft is allowed only where the reference says it. */
class DraftGuardTest {
    private static final String REF = "2号链接冰丝防晒衣，直播价89元，M码到XL码都有，支持7天无理由退换。";

    @Test
    void should_pass_a_rewording_that_adds_no_number_word_or_promise() {
        assertThat(DraftGuard.SCRIPT.problem("冰丝防晒衣在2号链接，89元，M到XL都有，7天无理由退换。", REF)).isNull();
    }

    @Test
    void should_name_the_first_unbacked_addition() {
        assertThat(DraftGuard.SCRIPT.problem("2号链接只要89元，Buy now！", REF)).isEqualTo("外文词“Buy”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("2号链接，下单立减15元。", REF)).isEqualTo("数字“15”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("不合适随时退，放心拍。", REF)).isEqualTo("承诺词“随时”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("这个颜色剩下不多了。", REF)).isEqualTo("承诺词“不多”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("身材不一样的姐妹都能穿。", REF)).isEqualTo("承诺词“都能穿”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("这件是店里的爆款。", REF)).isEqualTo("承诺词“爆款”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("要尺码表的来私信。", REF)).isEqualTo("联系方式或标记“私信”");
        assertThat(DraftGuard.SCRIPT.problem("有问题DM主播。", REF)).isEqualTo("联系方式或标记“DM”");
    }

    @Test
    void should_read_full_width_digits_and_letters_as_what_they_are() {
        assertThat(DraftGuard.SCRIPT.problem("只要１９元！", REF)).isEqualTo("数字“19”不在草稿或事实里");
        assertThat(DraftGuard.SCRIPT.problem("８９元，ＸＬ码也有。", REF)).isNull();
    }

    @Test
    void should_skip_the_reply_contact_list_when_the_draft_has_one_but_check_each_script_contact() {
        String phoneDraft = "这款手机壳39元。";
        assertThat(DraftGuard.REPLY.passes("这款手机壳39元，有事打电话。", phoneDraft)).isTrue();
        assertThat(DraftGuard.SCRIPT.problem("这款手机壳39元，有事打电话。", phoneDraft)).isEqualTo("联系方式或标记“电话”");
    }
}
