package io.livecopilot.script;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.nlp.adlaw.AdLawChecker;
import io.livecopilot.script.quality.QualityScorer;
import io.livecopilot.script.realize.SentenceLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance points of issue 5 for a 12-product catalog with one product sold out, checked from the outside. */
class ScriptStudioTest {
    static final Catalog CATALOG = TestCatalogs.twelve();
    static final ScriptStudio STUDIO = ScriptStudio.builder(CATALOG).build();
    private static final Pattern YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*元");

    static Script generate(int minutes, long seed, Style style) {
        return STUDIO.generate(ScriptRequest.builder().minutes(minutes).seed(seed).style(style).build());
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void should_fill_120_minutes_within_five_percent(Style style) {
        Script s = generate(120, 1, style);
        assertThat(s.totalSeconds()).isBetween(6840, 7560);
        int t = 0;
        for (Segment x : s.segments()) {
            assertThat(x.startS()).isEqualTo(t);
            assertThat(x.durationS()).isGreaterThanOrEqualTo(x.speechS()).isPositive();
            t += x.durationS();
        }
    }

    @Test
    void should_have_opening_closing_and_an_interaction_every_ten_to_fifteen_minutes() {
        Script s = generate(120, 1, Style.ENERGETIC);
        List<Segment> segs = s.segments();
        assertThat(segs.get(0).kind()).isEqualTo(SegmentKind.OPENING);
        assertThat(segs.get(segs.size() - 1).kind()).isEqualTo(SegmentKind.CLOSING);
        List<Segment> inter = segs.stream().filter(x -> x.kind() == SegmentKind.INTERACTION).toList();
        assertThat(inter.size()).isGreaterThanOrEqualTo(4);
        int last = 0;
        for (Segment x : inter) {
            assertThat(x.startS() - last).isLessThanOrEqualTo(15 * 60 + 60);
            last = x.startS();
        }
    }

    @Test
    void should_pitch_every_product_with_its_link_number_and_live_price() {
        Script s = generate(120, 1, Style.ENERGETIC);
        for (Product p : CATALOG.products()) {
            List<Segment> pitches = s.segments().stream().filter(x -> x.kind() == SegmentKind.PITCH && p.id().equals(x.productId())).toList();
            assertThat(pitches).as(p.id()).hasSize(1);
            String text = pitches.get(0).text();
            assertThat(text).as(p.id()).contains(p.linkNo() + "号").contains(Money.spoken(p.price()) + "元");
        }
    }

    @Test
    void should_never_sell_the_sold_out_product_as_in_stock() {
        Script s = generate(120, 1, Style.ENERGETIC);
        Product sold = CATALOG.byId("P08").orElseThrow();
        assertThat(sold.soldOut()).isTrue();
        for (Segment x : s.segments()) {
            if (!"P08".equals(x.productId())) continue;
            assertThat(x.kind()).isEqualTo(SegmentKind.PITCH);
            assertThat(x.text()).contains("售罄").doesNotContain("有货", "现货", "库存", "拍下", "下单", "上车", "抢");
        }
        assertThat(s.segments()).noneMatch(x -> x.kind() == SegmentKind.PROMO && "P08".equals(x.productId()));
        assertThat(s.segments()).noneMatch(x -> x.kind() == SegmentKind.RETURN && "P08".equals(x.productId()));
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void should_pass_every_check_with_no_banned_word_and_no_repeated_sentence(Style style) {
        Script s = generate(120, 3, style);
        assertThat(s.checks().violations()).isEmpty();
        assertThat(s.checks().repeatedSentences()).isEmpty();
        AdLawChecker adLaw = AdLawChecker.builtin();
        Set<String> seen = new HashSet<>();
        for (Segment x : s.segments()) {
            assertThat(adLaw.check(x.text())).as(x.text()).isEmpty();
            for (String sentence : SentenceLedger.sentences(x.text())) assertThat(seen.add(sentence)).as(sentence).isTrue();
        }
    }

    @Test
    void should_state_no_price_the_catalog_does_not_have() {
        Set<BigDecimal> amounts = new HashSet<>();
        for (Product p : CATALOG.products()) {
            amounts.add(p.price().stripTrailingZeros());
            amounts.add(p.bestPrice().stripTrailingZeros());
            if (p.listPrice() != null) amounts.add(p.listPrice().stripTrailingZeros());
            for (Promotion pr : p.promotions()) {
                if (pr.discount() != null) amounts.add(pr.discount().stripTrailingZeros());
                if (pr.minSpend() != null) amounts.add(pr.minSpend().stripTrailingZeros());
            }
        }
        for (long seed = 1; seed <= 3; seed++) {
            for (Segment x : generate(120, seed, Style.values()[(int) seed % 3]).segments()) {
                Matcher m = YUAN.matcher(x.text());
                while (m.find()) assertThat(amounts).as(m.group() + " in " + x.text()).contains(new BigDecimal(m.group(1)).stripTrailingZeros());
            }
        }
    }

    @Test
    void should_write_a_different_script_for_a_different_seed() {
        Script a = generate(120, 1, Style.ENERGETIC);
        Script b = generate(120, 2, Style.ENERGETIC);
        double shared = QualityScorer.across(a.segments(), b.segments()).get("shared_sentences");
        assertThat(shared).isLessThanOrEqualTo(0.30);
        Script again = generate(120, 1, Style.ENERGETIC);
        assertThat(again.segments()).isEqualTo(a.segments());
    }

    @Test
    void should_score_the_script() {
        Script s = generate(60, 1, Style.WARM);
        assertThat(s.scores().factAccuracy()).isEqualTo(1.0);
        assertThat(s.scores().sellingPointCoverage()).isGreaterThan(0.9);
        assertThat(s.scores().distinctSentences()).isEqualTo(1.0);
        assertThat(s.scores().fluency()).isBetween(0.2, 1.0);
    }

    @Test
    void should_fit_short_sessions_and_single_products() {
        Script s = STUDIO.generate(ScriptRequest.builder().minutes(10).products(List.of("P01", "P04")).seed(5).build());
        assertThat(s.totalSeconds()).isBetween(570, 630);
        assertThat(s.segments().stream().filter(x -> x.kind() == SegmentKind.PITCH)).hasSize(2);
        Script one = STUDIO.generate(ScriptRequest.builder().minutes(3).products(List.of("P06")).build());
        assertThat(one.totalSeconds()).isBetween(171, 189);
        assertThat(one.checks().passed()).isTrue();
    }

    @Test
    void should_reject_unknown_products_naming_them() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> STUDIO.generate(ScriptRequest.builder().products(List.of("P01", "X9")).build()))
                .hasMessageContaining("X9");
    }

    @Test
    void dump() throws Exception {
        Script s = generate(120, 1, Style.ENERGETIC);
        StringBuilder sb = new StringBuilder();
        for (Segment x : s.segments()) sb.append(x.kind().wire()).append(' ').append(x.productId()).append(' ').append(x.startS()).append('+').append(x.durationS()).append(" speech ").append(x.speechS()).append('\n').append(x.text()).append("\n\n");
        sb.append(s.checks()).append('\n').append(s.scores()).append('\n').append(s.totalSeconds());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump.txt"), sb.toString());
    }
}
