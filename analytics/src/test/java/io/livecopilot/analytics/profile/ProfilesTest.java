package io.livecopilot.analytics.profile;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.Timestamps;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilesTest {
    static final String CATALOG = """
            {"shop":{"name":"测试店"},"products":[
             {"id":"P01","name":"纯棉T恤","category":"女装","price":"59.00"},
             {"id":"P02","name":"阔腿裤","category":"女装","price":"129.00"},
             {"id":"P03","name":"保温杯","category":"家居","price":"89.00"},
             {"id":"P04","name":"面霜","category":"美妆","price":"299.00"}]}
            """;

    static long at(String hhmm, int day) {
        return Timestamps.parse("2026-11-" + (20 + day) + "T" + hhmm + ":00+08:00");
    }

    @Test
    void should_profile_a_returning_viewer_by_category_and_price_band() {
        Catalog catalog = CatalogReader.readText(CATALOG).catalog();
        ViewerProfiles vp = new ViewerProfiles(catalog);
        List<LiveEvent> ev = List.of(
                new LiveEvent.Enter(at("20:00", 1), "r1", "u1", null),
                new LiveEvent.ProductClick(at("20:01", 1), "r1", "u1", "P01"),
                new LiveEvent.AddToCart(at("20:02", 1), "r1", "u1", "P01", 1),
                new LiveEvent.Order(at("20:03", 1), "r1", "u1", "o1", "P01", 2, new BigDecimal("118.00")),
                new LiveEvent.Enter(at("20:00", 2), "r1", "u1", null),
                new LiveEvent.ProductClick(at("20:05", 2), "r1", "u1", "P03"),
                new LiveEvent.ProductClick(at("20:06", 2), "r1", "u1", "P02"),
                new LiveEvent.Enter(at("20:00", 2), "r1", "u2", null),
                new LiveEvent.ProductClick(at("20:07", 2), "r1", "u2", "P04"));
        ev.forEach(vp::accept);
        vp.mention("u1", "P02", at("20:08", 2));
        ViewerProfile p = vp.profile("u1");
        // interest: P01 click 1 + cart 2 + order 3 = 6, P02 click 1 + mention 1 = 2, P03 click 1 → 女装 8/9, 家居 1/9
        assertThat(p.sessions()).isEqualTo(2);
        assertThat(p.categories()).containsExactly(Map.entry("女装", 0.889), Map.entry("家居", 0.111));
        assertThat(p.medianPrice()).isEqualByComparingTo("59.00");
        assertThat(p.priceBand()).isEqualTo("50-100");
        assertThat(p.products()).containsExactly("P01", "P02", "P03");
        assertThat(p.spend()).isEqualByComparingTo("118.00");
        assertThat(vp.profiles(2, 10)).extracting(ViewerProfile::user).containsExactly("u1");
        assertThat(vp.profile("u2").priceBand()).isEqualTo("200-500");
        assertThat(vp.viewersWithSessions(2)).isEqualTo(1);
    }

    @Test
    void should_find_products_bought_together_as_similar() {
        List<Interaction> in = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            in.add(Interaction.of("a" + u, "tee", "order", u));
            in.add(Interaction.of("a" + u, "pants", "click", u));
            in.add(Interaction.of("b" + u, "cup", "order", u));
            in.add(Interaction.of("b" + u, "kettle", "cart", u));
        }
        ItemRecommender r = ItemRecommender.fit(in);
        assertThat(r.similar("tee", 3)).extracting(ItemRecommender.Scored::item).containsExactly("pants");
        assertThat(r.recommend(Map.of("cup", 1.0), 1)).extracting(ItemRecommender.Scored::item).containsExactly("kettle");
    }

    /**
     * Viewers with a favourite category (70 % of their interest) over 60 products in 6 categories, popular products
     * within each category: item-to-item beats recommending the overall best sellers on held-out purchases.
     */
    @Test
    void should_beat_the_popularity_baseline_on_held_out_purchases() {
        List<Interaction> in = simulate(new Random(1), 3000);
        RecommenderEvaluation.Result res = RecommenderEvaluation.evaluate(in, 0.2, 5, 7);
        assertThat(res.testCases()).isGreaterThan(300);
        assertThat(res.hitRate()).as(res.toString()).isGreaterThan(res.popularityHitRate() + 0.05);
        System.out.println("recommender hit rate @5 on held-out purchases: " + res);
    }

    static List<Interaction> simulate(Random r, int viewers) {
        List<Interaction> in = new ArrayList<>();
        for (int u = 0; u < viewers; u++) {
            int fav = r.nextInt(6);
            long t = 0;
            int actions = 4 + r.nextInt(12);
            for (int a = 0; a < actions; a++) {
                int cat = r.nextDouble() < 0.7 ? fav : r.nextInt(6);
                int rank = (int) Math.min(9, Math.floor(-Math.log(1 - r.nextDouble()) * 3)); // popular items first
                String item = "c" + cat + "-" + rank;
                double x = r.nextDouble();
                in.add(Interaction.of("u" + u, item, x < 0.25 ? "order" : x < 0.4 ? "cart" : "click", t += 1000));
            }
        }
        return in;
    }
}
