package io.driftwatch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, one per test class. Both binaries are taken from
 * the system (never downloaded): a machine without them fails the browser tests with a message saying so.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("driftwatch.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("driftwatch.test.chromedriver",
            "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    /** A NOC's wall or a laptop at full screen: the overview must fit it without scrolling. */
    public static final Dimension WIDE = new Dimension(1440, 900);

    private final WebDriver driver;
    private final String root;

    private Browser(WebDriver driver, String root) {
        this.driver = driver;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public static Browser open(URL root) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing: the browser tests need Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run does this)");
            }
        }
        // Selenium Manager must never fetch a browser or a driver: both binaries are given explicitly.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root in a container Chromium needs --no-sandbox; the rest keeps it quiet and offline.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        // Keeps the console, so a test can see what the Content-Security-Policy refused.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, root.toString());
    }

    /** The console messages since the last call. */
    public List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(root + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(root) ? url.substring(root.length()) : url;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits for a condition, asking again when Chromium answers for a node of a document it is replacing: that
     * inspector error comes instead of a stale element while the next page is being built.
     */
    public <T> T waitUntil(Duration limit, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, limit, Duration.ofMillis(200)).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Saves the page at desktop and phone width, and fails when the phone view is wider than the phone: tables
     * must scroll inside their card, never the whole page.
     */
    public void screenshots(String name) {
        save(name + "-desktop");
        driver.manage().window().setSize(PHONE);
        try {
            save(name + "-phone");
            long page = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
            long screen = ((Number) script("return window.innerWidth;")).longValue();
            if (page > screen) {
                fail(name + " is " + page + " px wide on a " + screen + " px phone screen");
            }
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * Lays the page out at exactly this viewport (no window frame to subtract), as the screen of that size would.
     */
    public void viewport(Dimension size) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                "height", size.height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Follows the light or the dark colour scheme, as a browser set to either would. */
    public void darkTheme(boolean dark) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /**
     * What is wider than its room: the page against the window, and with {@code cards} also every card holding a
     * table and every table's scroller against its card. Empty when everything fits.
     */
    @SuppressWarnings("unchecked")
    public List<String> overflows(boolean cards) {
        return (List<String>) script("""
                const out = [];
                const page = document.documentElement;
                if (page.scrollWidth > page.clientWidth) {
                  out.push('the page is ' + page.scrollWidth + ' px wide in ' + page.clientWidth);
                }
                if (arguments[0]) {
                  document.querySelectorAll('.card').forEach(card => {
                    const title = (card.querySelector('h2') || card).textContent.trim().slice(0, 40);
                    if (card.scrollWidth > card.clientWidth) {
                      out.push('card "' + title + '" is ' + card.scrollWidth + ' px wide in ' + card.clientWidth);
                    }
                    card.querySelectorAll('.scroll').forEach(s => {
                      if (s.scrollWidth > s.clientWidth) {
                        out.push('a table in "' + title + '" scrolls: ' + s.scrollWidth + ' px in ' + s.clientWidth);
                      }
                    });
                  });
                }
                return out;
                """, cards);
    }

    /** Saves what the window shows now as {@code target/screenshots/NAME.png}. */
    public void screenshot(String name) {
        save(name);
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public void clickAndWait(WebElement element) {
        WebElement page = find(By.tagName("html"));
        element.click();
        waitUntil(Duration.ofSeconds(30), ExpectedConditions.stalenessOf(page));
    }

    /** Signs in through the login form, as a person would. */
    public void logIn(String user, String password) {
        go("/login");
        find(By.name("j_username")).sendKeys(user);
        find(By.name("j_password")).sendKeys(password);
        clickAndWait(find(By.cssSelector("form.stacked button[type=submit]")));
    }

    public void logOut() {
        List<WebElement> out = findAll(By.cssSelector(".who form button"));
        if (!out.isEmpty()) {
            clickAndWait(out.get(0));
        }
    }

    /**
     * Opens a page of another origin (a {@code data:} URL) whose form posts {@code fields} to {@code action}, and
     * submits it, as a hostile site would in the visitor's browser; waits for the answer page.
     */
    public void submitFromAnotherSite(String action, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form method='post' action='" + action + "'>");
        fields.forEach((name, value) -> form.append("<input name='" + name + "' value='" + value + "'>"));
        form.append("<button type='submit'>Win a prize</button></form>");
        driver.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(form.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        clickAndWait(find(By.tagName("button")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
