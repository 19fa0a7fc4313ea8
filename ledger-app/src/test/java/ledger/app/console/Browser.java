package ledger.app.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import ledger.app.http.LedgerUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through /usr/bin/chromedriver (never a driver Selenium would
 * download), against the console on the test's port. Screenshots go to docs/console/ for the user guide.
 */
final class Browser implements AutoCloseable {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("..", "docs", "console");
    private static final int WIDTH = 1280;
    private static final Duration NAVIGATION_WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    /** Skips the test, saying why, where no Chromium is installed (CI installs it: .ci/run). */
    static Browser open(int port) {
        assumeTrue(DRIVER.canExecute() && CHROMIUM.canExecute(),
                "browser tests skipped: no Chromium here (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=" + WIDTH + ",900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signIn(LedgerUser user) {
        go("/");
        driver.findElement(By.name("username")).sendKeys(user.userName());
        driver.findElement(By.name("password")).sendKeys(user.password());
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, NAVIGATION_WAIT).until(d -> !path().equals("/signin"));
        return this;
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    boolean has(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Browser type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks a link or a form's button and waits until the next page replaced this one: on a busy
     * machine a click that posts a form returns before the browser has navigated.
     */
    Browser click(String cssSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(cssSelector).click();
        new WebDriverWait(driver, NAVIGATION_WAIT).until(d -> isGone(page));
        return this;
    }

    /** Chromium answers an element of a replaced page as stale, or as not belonging to the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Waits until the page's text contains {@code text}, e.g. while a batch page polls its report. */
    Browser awaitText(String text, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> pageText().contains(text));
        return this;
    }

    /** Waits until the browser shows {@code path}: a click that posts a form may return before it navigated. */
    Browser awaitPath(String path, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> path().equals(path));
        return this;
    }

    /** The whole page, not only the window: the window is stretched to the page's height first. */
    Browser screenshot(String name) {
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(4000, ((Number) height).intValue() + 200)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the screenshot " + name, e);
        }
        driver.manage().window().setSize(new Dimension(WIDTH, 900));
        return this;
    }

    /** A request outside the browser that carries the browser's session cookie (and nothing else). */
    HttpResponse<String> withSession(String method, String path, String formBody) {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, formBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(formBody))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
