package org.haven.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the browser tests wait, so that they do not race PrimeFaces' Ajax updates. An update replaces the elements
 * it renders: a reference found before or while it is applied goes stale, and a raw {@link WebDriverWait} stops
 * on the {@link StaleElementReferenceException} instead of looking again (issue 22: a wait on an attribute read
 * an element the update had just replaced). Here:
 * <ul>
 *   <li>every wait is bounded ({@link #TIMEOUT}), re-locates its element at each try, treats a stale or missing
 *   element as "not yet", and fails saying what it awaited;</li>
 *   <li>actions ({@link #click}, {@link #type}, {@link #select}) and reads ({@link #attribute}, {@link #text})
 *   locate their element when they act and try again if it was replaced in between;</li>
 *   <li>{@link #click} then waits until PrimeFaces has no request in flight, so that the next line sees the page
 *   the click produced, not the one it is replacing.</li>
 * </ul>
 * Tests never build a {@link WebDriverWait} themselves ({@code TestHygieneTest} checks it).
 */
public final class Waits {

    /** Long enough for a loaded 2-core machine; a wait that needs more is a bug to find, not to wait out. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;

    public Waits(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * A bounded wait that looks again when the element it read was replaced meanwhile (missing elements are
     * ignored by WebDriverWait already). Its failure names the condition, as ExpectedConditions describe
     * themselves; use {@link #until(String, Function)} for a condition written as a lambda.
     */
    public static WebDriverWait on(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits for this condition (a stale element counts as "not yet"); fails with "waiting for {@code what}". */
    public <T> T until(String what, Function<? super WebDriver, T> condition) {
        WebDriverWait wait = on(driver);
        wait.withMessage("waiting for " + what);
        return wait.until(condition);
    }

    /** Waits for one of Selenium's conditions, which says what it waits for in its failure. */
    public <T> T until(ExpectedCondition<T> condition) {
        return on(driver).until(condition);
    }

    /**
     * Until PrimeFaces has no Ajax request queued or in flight (its queue empties once the response has been
     * applied to the page). A page without PrimeFaces, or one being left, counts as idle.
     */
    public void ajaxIdle() {
        WebDriverWait wait = on(driver);
        wait.ignoring(JavascriptException.class);
        wait.withMessage("waiting for PrimeFaces' Ajax requests to finish");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Clicks the element as soon as it is clickable, locating it at that moment (again if it was replaced or
     * covered when clicked), then waits until the Ajax request the click started, if any, has been applied.
     */
    public void click(By by) {
        WebDriverWait wait = on(driver);
        wait.ignoring(ElementClickInterceptedException.class);
        wait.withMessage("waiting for " + by + " to be clickable, to click it");
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        ajaxIdle();
    }

    /** Replaces the text of the element once it is visible, locating it again if it was replaced meanwhile. */
    public void type(By by, CharSequence text) {
        until("a visible " + by + " to type into", d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (element == null) {
                return false;
            }
            element.clear();
            element.sendKeys(text);
            return true;
        });
    }

    /** Chooses the option of this value in a select, locating it again if it was replaced meanwhile. */
    public void select(By by, String value) {
        until("a select " + by + " with an option \"" + value + "\"", d -> {
            new Select(d.findElement(by)).selectByValue(value);
            return true;
        });
        ajaxIdle();
    }

    /**
     * Chooses the item of this label in a PrimeFaces selectOneMenu, as a mouse user does, without racing its
     * open and close transitions: PrimeFaces decides "open or close" on a click by whether the panel is hidden,
     * and a click that lands while the panel is still opening closes it and reverts the choice (it then throws
     * "Cannot read properties of undefined (reading 'index')": its value before opening is only recorded at the
     * end of the opening). So: click the menu only while its panel is hidden, wait until the menu says it is
     * expanded (aria-expanded, set at the end of the opening), click the item, and wait until the menu shows the
     * label and its panel has closed.
     */
    public void chooseFromMenu(String menuId, String label) {
        ajaxIdle();
        By menu = By.id(menuId);
        // Where PrimeFaces says it is expanded: the label of a menu, the text field of an editable one.
        By expanded = By.cssSelector("[id='" + menuId + "_label'][aria-expanded='true'], [id='" + menuId
                + "_focus'][aria-expanded='true']");
        until("the menu " + menuId + " to open", d -> {
            if (!d.findElements(expanded).isEmpty()) {
                return true;
            }
            if (panelHidden(d, menuId)) {
                d.findElement(menu).click();
            }
            return false;
        });
        click(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
        until("the menu " + menuId + " to show \"" + label + "\" and close", d ->
                label.equals(d.findElement(By.id(menuId + "_label")).getText()) && panelHidden(d, menuId));
    }

    private static boolean panelHidden(WebDriver d, String menuId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var p = document.getElementById(arguments[0]);"
                        + " return !p || getComputedStyle(p).display === 'none';", menuId + "_panel"));
    }

    /** The element's attribute (null when it has none), read from the element as it is now. */
    public String attribute(By by, String name) {
        return until("an element " + by + " to read its " + name,
                d -> Optional.ofNullable(d.findElement(by).getAttribute(name))).orElse(null);
    }

    /** The element's visible text, read from the element as it is now. */
    public String text(By by) {
        return until("an element " + by + " to read its text", d -> d.findElement(by).getText());
    }
}
