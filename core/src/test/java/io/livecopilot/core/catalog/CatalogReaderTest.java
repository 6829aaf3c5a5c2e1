package io.livecopilot.core.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogReaderTest {
    private static final String GOOD = """
            {
              "shop": {"name": "小店", "shipping": {"courier": "中通", "ships_within_hours": 48, "free_shipping": true,
                       "excluded_regions": ["新疆", "西藏"]},
                       "aftersale": {"returns_days": 7, "freight_insurance": true}},
              "products": [{
                "id": "P01", "link_no": 1, "name": "法式连衣裙", "aliases": ["连衣裙"], "category": "女装",
                "price": "129.00", "list_price": 199, "stock": 500,
                "variants": ["黑色", "奶白"],
                "sizes": [{"size": "S", "height_cm": [150, 158], "weight_kg": [40, 47]}],
                "attributes": {"面料": "95%棉 5%氨纶", "产地": "广东"},
                "selling_points": ["显瘦"], "suits": ["通勤"], "not_for": ["孕妇"],
                "promotions": [{"kind": "coupon", "text": "满200减30", "discount": "30.00", "min_spend": "200.00"}],
                "faq": [{"q": "起球吗", "a": "不起球"}],
                "shipping": {"courier": "顺丰"},
                "aftersale": {"returns_days": 15}
              }]
            }
            """;

    @Test
    void should_read_every_field_of_a_valid_product() {
        ImportResult r = CatalogReader.readText(GOOD);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).isEqualTo(1);
        Product p = r.catalog().products().get(0);
        assertThat(p.id()).isEqualTo("P01");
        assertThat(p.linkNo()).isEqualTo(1);
        assertThat(p.name()).isEqualTo("法式连衣裙");
        assertThat(p.aliases()).containsExactly("连衣裙");
        assertThat(p.price()).isEqualTo(new BigDecimal("129.00"));
        assertThat(p.listPrice()).isEqualTo(new BigDecimal("199.00"));
        assertThat(p.stock()).isEqualTo(500);
        assertThat(p.variants()).containsExactly("黑色", "奶白");
        assertThat(p.sizes()).containsExactly(new SizeRow("S", 150, 158, 40.0, 47.0));
        assertThat(p.attributes()).containsExactly(java.util.Map.entry("面料", "95%棉 5%氨纶"), java.util.Map.entry("产地", "广东"));
        assertThat(p.promotions()).containsExactly(new Promotion("coupon", "满200减30", new BigDecimal("30.00"), new BigDecimal("200.00")));
        assertThat(p.faq()).containsExactly(new Faq("起球吗", "不起球"));
        Shop shop = r.catalog().shop();
        assertThat(shop.name()).isEqualTo("小店");
        assertThat(p.shippingIn(shop)).isEqualTo(new ShippingPolicy("顺丰", 48, true, List.of("新疆", "西藏")));
        assertThat(p.aftersaleIn(shop)).isEqualTo(new AftersalePolicy(15, true, null));
    }

    @Test
    void should_round_trip_through_the_writer() {
        Catalog c = CatalogReader.readText(GOOD).catalog();
        ImportResult again = CatalogReader.readText(CatalogWriter.toJson(c).toString());
        assertThat(again.rejected()).isEmpty();
        assertThat(again.catalog()).isEqualTo(c);
    }

    @Test
    void should_keep_good_products_and_reject_negative_price_missing_name_and_abc_price() {
        String json = """
                {"products": [
                  {"id": "P01", "name": "好的一件", "price": "10"},
                  {"id": "P02", "name": "负价格", "price": -5},
                  {"id": "P03", "price": "20"},
                  {"id": "P04", "name": "坏价格", "price": "abc"},
                  {"id": "P05", "name": "另一件好的", "price": 29.9}
                ]}
                """;
        ImportResult r = CatalogReader.readText(json);
        assertThat(r.catalog().products()).extracting(Product::id).containsExactly("P01", "P05");
        assertThat(r.catalog().byId("P05").orElseThrow().price()).isEqualTo(new BigDecimal("29.90"));
        assertThat(r.rejected()).containsExactly(
                new Rejection(3, "products[1].price", "must be ≥ 0, was -5.00 (P02)"),
                new Rejection(4, "products[2].name", "is required (P03)"),
                new Rejection(5, "products[3].price", "must be a decimal amount of yuan, was \"abc\" (P04)"));
        assertThat(r.rejected().get(0).toString()).isEqualTo("line 3: products[1].price: must be ≥ 0, was -5.00 (P02)");
    }

    @Test
    void should_reject_duplicate_ids_and_bad_nested_fields_with_their_path() {
        String json = """
                [
                  {"id": "A", "name": "甲", "price": 1},
                  {"id": "A", "name": "甲二", "price": 2},
                  {"id": "B", "name": "乙", "price": 1, "sizes": [{"size": "M", "height_cm": [170, 160]}]},
                  {"id": "C", "name": "丙", "price": 1, "stock": -1},
                  {"id": "D", "name": "丁", "price": 1, "shipping": {"free_shipping": "maybe"}},
                  {"id": "E", "name": "戊", "price": 1, "faq": [{"q": "只有问题"}]},
                  "not an object"
                ]
                """;
        ImportResult r = CatalogReader.readText(json);
        assertThat(r.catalog().products()).extracting(Product::id).containsExactly("A");
        assertThat(r.rejected()).containsExactly(
                new Rejection(3, "products[1].id", "duplicate id, was \"A\" (A)"),
                new Rejection(4, "products[2].sizes[0].height_cm", "must be 0 ≤ min ≤ max, was [170,160] (B)"),
                new Rejection(5, "products[3].stock", "must be ≥ 0, was -1 (C)"),
                new Rejection(6, "products[4].shipping.free_shipping", "must be true or false, was \"maybe\" (D)"),
                new Rejection(7, "products[5].faq[0]", "needs both \"q\" and \"a\" (E)"),
                new Rejection(8, "products[6]", "must be an object, was \"not an object\""));
    }

    @Test
    void should_report_invalid_json_with_its_line() {
        ImportResult r = CatalogReader.readText("{\"products\": [\n{\"id\": \"A\", \"name\": \"甲\", \"price\": 1},\n{\"id\": oops}\n]}");
        assertThat(r.catalog().products()).extracting(Product::id).containsExactly("A");
        assertThat(r.rejected()).hasSize(1);
        assertThat(r.rejected().get(0).line()).isEqualTo(3);
        assertThat(r.rejected().get(0).reason()).startsWith("invalid JSON: Unrecognized token 'oops'");
    }

    @Test
    void should_read_csv_with_lists_and_reject_bad_rows_by_line() {
        String csv = """
                id,link_no,name,category,price,list_price,stock,aliases,variants,selling_points
                P01,1,小白鞋,鞋,139.00,259,400,白鞋|板鞋,纯白|白绿,防滑|增高
                P02,2,,鞋,99,,,,,
                P03,3,跑鞋,鞋,abc,,,,,
                P04,x,拖鞋,鞋,19.9,,,,,
                P05,5,凉鞋,鞋,-1,,,,,
                P06,6,雨靴,鞋,59,,10,,,
                """;
        ImportResult r = CatalogReader.readText(csv);
        assertThat(r.catalog().products()).extracting(Product::id).containsExactly("P01", "P06");
        Product p = r.catalog().products().get(0);
        assertThat(p.aliases()).containsExactly("白鞋", "板鞋");
        assertThat(p.variants()).containsExactly("纯白", "白绿");
        assertThat(p.sellingPoints()).containsExactly("防滑", "增高");
        assertThat(p.listPrice()).isEqualTo(new BigDecimal("259.00"));
        assertThat(r.rejected()).containsExactly(
                new Rejection(3, "name", "is required"),
                new Rejection(4, "price", "must be a decimal amount of yuan, was \"abc\""),
                new Rejection(5, "link_no", "must be an integer, was \"x\""),
                new Rejection(6, "price", "must be ≥ 0, was -1.00"));
    }

    @Test
    void should_read_tsv_files_by_extension(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "id\tname\tprice\nA\t甲\t1.5\nB\t乙\t\n");
        ImportResult r = CatalogReader.read(f);
        assertThat(r.catalog().products()).extracting(Product::id).containsExactly("A");
        assertThat(r.rejected()).containsExactly(new Rejection(3, "price", "is required"));
    }

    @Test
    void should_name_the_last_row_even_without_a_final_newline() {
        ImportResult r = CatalogReader.readText("id,name,price\nA,甲,1\nB,乙,-2");
        assertThat(r.rejected()).containsExactly(new Rejection(3, "price", "must be ≥ 0, was -2.00"));
    }

    @Test
    void should_import_a_large_generated_catalog_whole() {
        StringBuilder sb = new StringBuilder("id,name,price,stock\n");
        for (int i = 0; i < 5000; i++) sb.append("P").append(i).append(",商品").append(i).append(',').append(i % 500).append(".9,").append(i).append('\n');
        ImportResult r = CatalogReader.readText(sb.toString());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).isEqualTo(5000);
        assertThat(r.catalog().byId("P4999").orElseThrow().price()).isEqualTo(new BigDecimal("499.90"));
        List<String> ids = r.catalog().products().stream().map(Product::id).limit(3).collect(Collectors.toList());
        assertThat(ids).containsExactly("P0", "P1", "P2");
    }

    @Test
    void should_read_a_warranty_written_as_text_or_months_and_leave_out_one_it_cannot_read() {
        String json = """
                {"products": [
                  {"id": "A", "name": "耳机", "price": 199, "aftersale": {"returns_days": 30, "warranty": "一年质保"}},
                  {"id": "B", "name": "电饭煲", "price": 299, "aftersale": {"warranty": "整机保修18个月"}},
                  {"id": "C", "name": "风扇", "price": 99, "aftersale": {"warranty": 24}},
                  {"id": "D", "name": "台灯", "price": 59, "aftersale": {"warranty": "两年"}},
                  {"id": "E", "name": "杯子", "price": 29, "aftersale": {"warranty": "终身"}},
                  {"id": "F", "name": "鼠标", "price": 49, "aftersale": {"warranty_months": 6, "warranty": "三年"}}
                ]}
                """;
        ImportResult r = CatalogReader.readText(json);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.catalog().products()).extracting(x -> x.aftersale().warrantyMonths()).containsExactly(12, 18, 24, 24, null, 6);
        assertThat(r.catalog().byId("A").orElseThrow().aftersale().returnsDays()).isEqualTo(30);
    }
}
