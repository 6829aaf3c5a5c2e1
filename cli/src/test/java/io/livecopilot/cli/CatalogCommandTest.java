package io.livecopilot.cli;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogCommandTest {
    @TempDir
    Path dir;

    private Catalog stored() {
        try (Store s = Stores.open(Settings.load(dir.resolve("data"), Map.of()))) {
            return s.catalog().load();
        }
    }

    @Test
    void should_store_the_good_products_and_exit_2_when_some_are_refused() throws Exception {
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "id,link_no,name,price,stock,aliases\nP1,1,小白鞋,139,10,白鞋|板鞋\nP2,2,,99,1,\nP3,3,跑鞋,abc,1,\nP4,4,拖鞋,19.9,0,\n");
        int code = Main.run("catalog", "import", csv.toString(), "--data", dir.resolve("data").toString(), "--json");
        assertThat(code).isEqualTo(2);
        Catalog c = stored();
        assertThat(c.products()).extracting(Product::id).containsExactly("P1", "P4");
        assertThat(c.byId("P1").orElseThrow().aliases()).containsExactly("白鞋", "板鞋");
        assertThat(c.byId("P4").orElseThrow().soldOut()).isTrue();
    }

    @Test
    void should_import_a_valid_file_whole_with_exit_0_and_list_it() throws Exception {
        Path json = dir.resolve("c.json");
        Files.writeString(json, io.livecopilot.simulator.DemoCatalog.json());
        assertThat(Main.run("catalog", "import", json.toString(), "--data", dir.resolve("data").toString())).isZero();
        assertThat(stored()).isEqualTo(io.livecopilot.simulator.DemoCatalog.load());
        assertThat(Main.run("catalog", "list", "--data", dir.resolve("data").toString(), "--json")).isZero();
    }

    @Test
    void should_exit_2_for_a_missing_file() {
        assertThat(Main.run("catalog", "import", dir.resolve("none.json").toString(), "--data", dir.resolve("data").toString())).isEqualTo(2);
    }
}
