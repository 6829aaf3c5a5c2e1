package io.livecopilot.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "我电话13812345678|我电话[手机号]",
            "打我电话138 1234 5678|打我电话[手机号]",
            "号码是138-1234-5678谢谢|号码是[手机号]谢谢",
            "+86 13912345678|[手机号]",
            "一三八一二三四五六七八 联系我|[手机号] 联系我",
            "身份证110101199003071234|身份证[身份证号]",
            "身份证号11010119900307123X|身份证号[身份证号]",
            "卡号6222 0202 0000 1234 567|卡号[银行卡号]",
            "6217001234567890123|[银行卡号]",
            "邮箱abc.def@qq.com发我|邮箱[邮箱]发我",
            "加微信:abc_12345|加微信[微信号]",
            "vx wxid_k2j3h4|vx[微信号]",
            "qq 123456789|qq[QQ号]",
            "扣扣号:987654321|扣扣号[QQ号]",
            "座机010-88886666|座机[电话]",
            "寄到朝阳区建国路88号3栋201室|寄到[地址]",
            "我住幸福小区5栋2单元|我住[地址]",
    })
    void should_mask_personal_data(String in, String out) {
        assertThat(PiiMasker.mask(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} unchanged")
    @CsvSource(delimiter = '|', value = {
            "3号多少钱", "165cm 50kg穿什么码", "新疆包邮吗", "拍了2件", "666666", "满300减50", "价格199元", "2024年买的"
    })
    void should_leave_ordinary_comments_alone(String in) {
        assertThat(PiiMasker.mask(in)).isEqualTo(in);
    }

    @Test
    void should_survive_random_and_huge_input() {
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            char[] cs = new char[r.nextInt(200)];
            for (int j = 0; j < cs.length; j++) cs[j] = (char) (r.nextBoolean() ? '0' + r.nextInt(10) : r.nextInt(65536));
            assertThat(PiiMasker.mask(new String(cs))).isNotNull();
        }
        String huge = "北京市朝阳区建国路88号3栋201室 13812345678 ".repeat(400);
        assertThat(PiiMasker.mask(huge)).doesNotContain("13812345678").contains("[地址]");
        assertThat(PiiMasker.mask(null)).isEmpty();
    }
}
