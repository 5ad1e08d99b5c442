package org.annals.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromedriver; nothing is downloaded):
 * search, read an article, choose an event and see its evidence highlighted, open the actor and
 * find the event on its timeline; and hostile pages whose markup must never run. Screenshots of
 * every page go to target/screenshots.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String TOKEN = "browser-test-token-42";

    @TempDir
    static Path dir;
    static AnnalsServer server;
    static ChromeDriver browser;
    static String hostilePageId;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        TestArchive.create(dir.resolve("archive"));
        server = AnnalsServer.start(new ServerOptions(dir.resolve("archive"), "127.0.0.1", 0, TOKEN,
                TestArchive.extractor(), ServerOptions.DEFAULT_MAX_BODY, ServerOptions.DEFAULT_QUERY_TIMEOUT));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "api/ingest")).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestArchive.bytes("hostile-page.html"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        hostilePageId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(posted.body()).path("id").asText();

        // The driver and browser are given by path, so Selenium Manager never looks for (or downloads) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-extensions", "--no-first-run", "--window-size=1280,900");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /**
     * Does what leads to another page and waits until that page has loaded, so the test never reads, or
     * clicks in, the page it is leaving (a race on a loaded machine).
     */
    private static void leave(Runnable action) {
        String before = browser.getCurrentUrl();
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !before.equals(driver.getCurrentUrl())
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    @Test
    void searchReadChooseAnEventThenFollowTheActorToItsTimeline() throws IOException {
        browser.get(base());
        WebElement box = browser.findElement(By.cssSelector("label[for='f-q'] + input, #f-q"));
        box.sendKeys("memorandum");
        leave(() -> box.sendKeys(Keys.ENTER));
        WebElement hit = browser.findElement(By.linkText("Vella and Berg agree on harbour cooperation in Valletta"));
        shot("1-search");
        leave(hit::click);
        assertThat(browser.getTitle()).startsWith("Vella and Berg agree");
        assertThat(browser.findElements(By.cssSelector("#text .ent-person"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#text .quote[data-speaker='Jonas Berg']"))).isNotEmpty();
        shot("2-article");

        WebElement agree = browser.findElement(By.cssSelector("button.event[data-ev='v2']"));
        agree.sendKeys(Keys.ENTER);
        assertThat(agree.getAttribute("aria-pressed")).isEqualTo("true");
        List<WebElement> lit = browser.findElements(By.cssSelector("#text .hl"));
        String highlighted = String.join("", lit.stream().map(WebElement::getText).toList());
        assertThat(highlighted).isEqualTo("Vella and Berg signed a memorandum on harbour cooperation after the talks.");
        WebElement coding = browser.findElement(By.id("coding-v2"));
        assertThat(coding.isDisplayed()).isTrue();
        assertThat(coding.getText()).contains("AGREE", "057", "Maria Vella", "Jonas Berg", "Valletta",
                "2026-03-02", "signed a memorandum", "verb:sign agreement");
        assertThat(browser.findElement(By.id("coding-v1")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("ev-status")).getAttribute("textContent")).startsWith("Evidence of AGREE");
        shot("3-event-highlighted");

        leave(coding.findElement(By.linkText("Jonas Berg"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jonas Berg");
        List<String> timeline = browser.findElements(By.cssSelector("ol.timeline li")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).anySatisfy(t -> assertThat(t).contains("2026-03-02", "AGREE", "signed a memorandum"));
        assertThat(browser.findElements(By.cssSelector("svg.graph a"))).isNotEmpty();
        shot("4-actor");

        browser.findElement(By.cssSelector("ol.timeline a.event-link[href$='#ev-v2']")).click();
        assertThat(browser.findElements(By.cssSelector("#text .hl"))).isNotEmpty();
    }

    @Test
    void actorsAreFoundByName() throws IOException {
        browser.get(base());
        leave(browser.findElement(By.linkText("Actors"))::click);
        WebElement name = browser.findElement(By.id("f-q"));
        name.sendKeys("dahl");
        leave(() -> name.sendKeys(Keys.ENTER));
        leave(browser.findElement(By.linkText("Erik Dahl"))::click);
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("ACCUSE");
        shot("9-actors");
    }

    @Test
    void eventsTableFiltersAndOffersCsv() throws IOException {
        browser.get(base() + "events");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-category"))).selectByValue("REQUEST");
        leave(browser.findElement(By.cssSelector("form.filters button"))::click);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.events-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Jonas Berg", "Maria Vella", "Oslo");
        assertThat(browser.findElement(By.cssSelector("a.csv")).getAttribute("href")).contains("format=csv", "category=REQUEST");
        shot("5-events");
    }

    @Test
    void storyPageListsItsArticles() throws IOException {
        String talks = TestArchive.fixture(TestArchive.TALKS).article().id();
        browser.get(base() + "articles/" + talks);
        leave(browser.findElement(By.cssSelector("dl.facts a[href^='/stories/']"))::click);
        assertThat(browser.findElements(By.cssSelector("ol.hits li h2")).stream().map(WebElement::getText).toList())
                .containsExactly("Vella and Berg agree on harbour cooperation in Valletta",
                        "Berg back in Oslo, invites Vella to Norway");
        shot("6-story");
    }

    @Test
    void hostileContentIsShownAsTextAndNothingRuns() throws IOException {
        String fixture = TestArchive.fixture(TestArchive.HOSTILE).article().id();
        String[] pages = {"", "?q=harbour", "?q=quay", "articles/" + fixture, "articles/" + hostilePageId,
                "events", "api/articles/" + fixture};
        int i = 0;
        for (String page : pages) {
            browser.get(base() + page);
            assertThatThrownBy(() -> browser.switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
            assertThat(js("return typeof window.__pwned")).as(page).isEqualTo("undefined");
            assertThat(((Number) js("return document.querySelectorAll('[href^=\"javascript\" i], [src^=\"javascript\" i],"
                    + " [onerror], [onload], [onmouseover], iframe, object, embed').length")).intValue()).as(page).isZero();
            assertThat(((Number) js("return document.scripts.length")).intValue()).as(page)
                    .isLessThanOrEqualTo(1);
            shot("7-hostile-" + i++);
        }
        browser.get(base() + "articles/" + fixture);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>window.__pwned = 6</script>");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("dl.facts a[href^='javascript']"))).isEmpty();
        browser.findElement(By.cssSelector("button.event[data-ev='v1']")).click();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    void readerFitsAPhone() throws IOException {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(base() + "articles/" + TestArchive.fixture(TestArchive.TALKS).article().id());
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).isLessThanOrEqualTo(0);
            shot("8-article-phone");
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
