package io.livecopilot.server;

import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static io.livecopilot.server.ApiTest.ev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The web app in real headless Chromium (Debian's chromium and chromium-driver); skipped when they are absent. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String XSS = "<img src=x onerror=alert(1)>";

    static MemoryStore store;
    static LiveCopilotServer server;
    static Http admin;
    static String token;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        // CI (.ci/run) installs them and sets this: there a missing browser fails the build instead of skipping
        if (System.getenv("LIVECOPILOT_REQUIRE_BROWSER") != null && !installed) {
            throw new IllegalStateException("LIVECOPILOT_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed");
        store = new MemoryStore();
        store.upsert(CatalogReader.readText("{\"shop\":{\"name\":\"小美服饰\"},\"products\":["
                + "{\"id\":\"P01\",\"link_no\":1,\"name\":\"冰丝阔腿裤\",\"price\":\"129.00\",\"stock\":300},"
                + "{\"id\":\"P02\",\"link_no\":2,\"name\":\"真丝衬衫\",\"price\":\"299.00\",\"stock\":80}]}").catalog());
        TokenStore tokens = TokenStore.inMemory();
        token = tokens.issue("admin", Role.ADMIN);
        server = TestServers.builder(store).tokens(tokens).port(0).build().start();
        admin = new Http(server.port(), token);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) body.append(ev("live1", i, "enter", "u" + i, ",\"source\":\"recommend\"")).append('\n');
        body.append(ev("live1", 40, "comment", "u1", ",\"text\":\"3号链接多少钱？\"")).append('\n');
        body.append(ev("live1", 41, "comment", "u2", ",\"text\":\"" + XSS.replace("\"", "\\\"") + "\"")).append('\n');
        body.append(ev("live1", 42, "comment", "u3", ",\"text\":\"能发新疆吗？\"")).append('\n');
        body.append(ev("live1", 45, "comment", "u4", ",\"text\":\"有什么推荐的吗，160斤穿什么\"")).append('\n');
        body.append(ev("live1", 46, "comment", "u5", ",\"text\":\"真丝衬衫和阔腿裤哪个好\"")).append('\n');
        body.append(ev("live1", 50, "pay", "u1", ",\"order_id\":\"o1\",\"amount\":\"129.00\"")).append('\n');
        assertThat(admin.post("/api/rooms/live1/events", body.toString()).statusCode()).isEqualTo(202);

        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("lc-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static WebDriverWait waiting() {
        // the live pages re-render their figures every second: an element read while it is replaced is read again
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Console errors since the last call (severe entries: script errors, failed requests, CSP violations). */
    static List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
        return out;
    }

    static String kpi(String key) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<WebElement> v = driver.findElements(By.cssSelector("#kpis [data-key='" + key + "'] .v"));
                return v.isEmpty() ? "" : v.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt >= 5) throw e; // replaced by the page's once-a-second refresh between find and read
            }
        }
    }

    @Test
    @Order(1)
    void should_show_the_dashboard_and_update_it_live() throws Exception {
        driver.get(admin.base + "/#token=" + token);
        waiting().until(d -> kpi("pv").equals("30"));
        assertThat(driver.getCurrentUrl()).doesNotContain(token);
        assertThat(driver.findElement(By.cssSelector("#nav a[data-page=dashboard]")).getText()).isEqualTo("直播大屏");
        StringBuilder more = new StringBuilder();
        for (int i = 30; i < 45; i++) more.append(ev("live1", 60 + i, "enter", "u" + i, "")).append('\n');
        assertThat(admin.post("/api/rooms/live1/events", more.toString()).statusCode()).isEqualTo(202);
        waiting().until(d -> kpi("pv").equals("45"));
        assertThat(kpi("uv")).isEqualTo("45");
        Thread.sleep(1500); // let the charts draw
        shot("dashboard");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void should_show_a_hostile_comment_as_text_and_approve_a_reply_with_the_keyboard() throws Exception {
        driver.get(admin.base + "/#/console");
        waiting().until(d -> d.findElements(By.cssSelector("#comments li")).size() >= 3);
        List<String> texts = driver.findElements(By.cssSelector("#comments li .text")).stream().map(WebElement::getText).toList();
        // the assistant shows comments normalized (full-width punctuation folded, personal data masked)
        assertThat(texts).contains(XSS, "3号链接多少钱?", "能发新疆吗?");
        assertThat(driver.findElements(By.cssSelector("#comments img, #replies img"))).isEmpty();
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

        waiting().until(d -> !d.findElements(By.cssSelector("#replies li.sel")).isEmpty());
        WebElement sel = driver.findElement(By.cssSelector("#replies li.sel"));
        String id = sel.getAttribute("data-id");
        driver.findElement(By.tagName("body")).sendKeys("a");
        waiting().until(d -> d.findElements(By.cssSelector("#replies li[data-id='" + id + "'] .tag.approved")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#replies li[data-id='" + id + "'] .tag.approved")).getText()).isEqualTo("已通过");
        shot("console");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void should_load_every_other_page_without_console_errors() throws Exception {
        for (String page : List.of("script", "catalog", "review", "forecast")) {
            driver.get(admin.base + "/#/" + page);
            waiting().until(d -> d.findElement(By.id("page-" + page)).isDisplayed());
            Thread.sleep(800);
            shot(page);
            assertThat(consoleErrors()).as(page).isEmpty();
        }
        driver.get(admin.base + "/#/catalog");
        waiting().until(d -> d.findElements(By.cssSelector("#cat-rows tr")).size() == 2);
        assertThat(driver.findElement(By.id("cat-rows")).getText()).contains("冰丝阔腿裤", "真丝衬衫");
    }

    @Test
    @Order(4)
    void should_write_a_script_and_highlight_a_banned_word() throws Exception {
        driver.get(admin.base + "/#/script");
        waiting().until(d -> d.findElements(By.cssSelector("#scr-products input")).size() == 2);
        driver.findElements(By.cssSelector("#scr-products input")).get(0).click();
        driver.findElement(By.id("scr-minutes")).clear();
        driver.findElement(By.id("scr-minutes")).sendKeys("20");
        driver.findElement(By.id("scr-generate")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.id("scr-text")).getAttribute("value").length() > 100);
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("script-failed");
            throw new AssertionError("no script; toast: " + driver.findElement(By.id("toast")).getAttribute("textContent") + "; console: " + consoleErrors(), e);
        }
        shot("script-generated");
        WebElement text = driver.findElement(By.id("scr-text"));
        text.clear();
        text.sendKeys("家人们这条裤子是全网最低价，穿上效果最好");
        driver.findElement(By.id("scr-check")).click();
        try {
            waiting().until(d -> !d.findElements(By.cssSelector("#scr-highlight mark.banned_word")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("check-failed");
            throw new AssertionError("no highlight; violations: " + driver.findElement(By.id("scr-violations")).getText()
                    + "; highlight: " + driver.findElement(By.id("scr-highlight")).getText() + "; toast: "
                    + driver.findElement(By.id("toast")).getAttribute("textContent") + "; console: " + consoleErrors(), e);
        }
        assertThat(driver.findElement(By.cssSelector("#scr-highlight mark.banned_word")).getText()).isNotBlank();
        shot("script");
        driver.findElement(By.id("scr-prompter")).click();
        waiting().until(d -> d.findElement(By.id("prompter")).isDisplayed());
        assertThat(driver.findElement(By.id("prompter-text")).getText()).contains("全网最低价");
        shot("teleprompter");
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.id("prompter")).isDisplayed());
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(5)
    void should_edit_a_product_in_the_catalog() {
        driver.get(admin.base + "/#/catalog");
        waiting().until(d -> d.findElements(By.cssSelector("#cat-rows button")).size() >= 2);
        driver.findElements(By.cssSelector("#cat-rows button")).get(1).click();
        WebElement editor = driver.findElement(By.id("cat-edit-text"));
        waiting().until(d -> editor.getAttribute("value").contains("P02"));
        String json = editor.getAttribute("value").replace("\"299.00\"", "\"279.00\"");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", editor, json);
        driver.findElement(By.id("cat-save")).click();
        waiting().until(d -> d.findElement(By.id("cat-rows")).getText().contains("¥279.00"));
        assertThat(store.load().byId("P02").orElseThrow().price()).isEqualByComparingTo("279.00");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(6)
    void should_forecast_and_advise_stock() throws Exception {
        driver.get(admin.base + "/#/forecast");
        StringBuilder csv = new StringBuilder("series,timestamp,value\\n");
        for (int d = 1; d <= 28; d++) csv.append("P01,2026-10-").append(String.format("%02d", d)).append(',').append(20 + d % 5).append("\\n");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('fc-csv').value = '" + csv + "';");
        driver.findElement(By.id("fc-go")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#fc-advice tr")).size() == 2);
        assertThat(driver.findElement(By.id("fc-advice")).getText()).contains("P01");
        Thread.sleep(500);
        shot("forecast");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(7)
    void should_follow_a_simulated_session_on_the_dashboard_and_console() throws Exception {
        var catalog = io.livecopilot.simulator.DemoCatalog.load();
        store.upsert(catalog);
        List<io.livecopilot.core.event.LiveEvent> events = io.livecopilot.simulator.Simulator.run(io.livecopilot.simulator.SimulationConfig.builder()
                .room("sim").minutes(12).viewers(600).seed(3).catalog(catalog).build()).events();
        long enters = events.stream().filter(e -> e.type() == io.livecopilot.core.event.EventType.ENTER).count();
        for (int i = 0; i < events.size(); i += 2000) {
            StringBuilder b = new StringBuilder();
            for (var e : events.subList(i, Math.min(events.size(), i + 2000))) b.append(io.livecopilot.core.event.EventCodec.toJson(e)).append('\n');
            assertThat(admin.post("/api/rooms/sim/events", b.toString()).statusCode()).isEqualTo(202);
        }
        admin.get("/api/rooms/sim/metrics");
        driver.get(admin.base + "/#/dashboard");
        waiting().until(d -> d.findElements(By.cssSelector("#room option[value=sim]")).size() == 1);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("room"))).selectByValue("sim");
        waiting().until(d -> kpi("pv").replace(",", "").equals(Long.toString(enters)));
        waiting().until(d -> !d.findElements(By.cssSelector("#chart-online canvas")).isEmpty() && !d.findElements(By.cssSelector("#hotwords li")).isEmpty());
        Thread.sleep(1500);
        shot("dashboard-simulated");
        driver.get(admin.base + "/#/console");
        waiting().until(d -> d.findElements(By.cssSelector("#comments li")).size() > 20 && !d.findElements(By.cssSelector("#questions li")).isEmpty());
        shot("console-simulated");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(8)
    void should_switch_to_english() {
        driver.get(admin.base + "/#/dashboard");
        waiting().until(d -> d.findElement(By.id("lang")).isDisplayed());
        driver.findElement(By.id("lang")).click();
        assertThat(driver.findElement(By.cssSelector("#nav a[data-page=console]")).getText()).isEqualTo("Live console");
        driver.findElement(By.id("lang")).click();
        assertThat(driver.findElement(By.cssSelector("#nav a[data-page=console]")).getText()).isEqualTo("场控台");
    }
}
