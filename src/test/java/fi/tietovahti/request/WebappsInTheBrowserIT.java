package fi.tietovahti.request;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.processes.ObjectionRequestProcess;
import fi.tietovahti.testsupport.InfrastructureInitializer;
import fi.tietovahti.testsupport.TestClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist and Cockpit as a handler and the DPO see them, in Debian's headless Chromium (driven by Debian's
 * chromedriver; never a downloaded browser; .ci/run installs both) with a Finnish browser in Helsinki time:
 * Camunda's own screens speak Finnish, a task card names its case, the desk form dates today and answers with the
 * case number, the DPO's deadline view renders and a finished case opens. Each test leaves a screenshot in
 * target/screenshots; with {@code -Dscreenshots.write=true} they replace the README's (docs/screenshots).
 */
class WebappsInTheBrowserIT extends RequestProcessTest {

    private static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    private static final DateTimeFormatter FINNISH_DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private WebDriver browser;

    @Override
    protected List<String> processesWalked() {
        return List.of();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A new browser (no cookies) with Finnish as its language and Helsinki as its time zone. */
    private WebDriver finnishBrowser() {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromedriver (apt-get install chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=fi-FI", "--no-first-run", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fi-FI,fi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Helsinki", "LANGUAGE", "fi", "LANG", "fi_FI.UTF-8")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        return browser;
    }

    private static String url(String path) {
        return "http://localhost:" + InfrastructureInitializer.PORT + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void logIn(String app, String user) {
        browser.get(url("/camunda/app/" + app + "/default/"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Scrolls the element to the middle of the window (Tasklist's footer covers the bottom) and clicks it, again while
     * something passing covers it (a notification fading out, the form still laying itself out: seen on a loaded
     * machine as "element click intercepted ... Other element would receive the click: <p>").
     */
    private void click(By by) {
        WebElement element = visible(by);
        waiting().ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", element);
            WebElement ready = ExpectedConditions.elementToBeClickable(element).apply(d);
            if (ready == null) {
                return false;
            }
            ready.click();
            return true;
        });
    }

    /** The innermost element whose whole text is this (an icon beside the words does not matter). */
    private static By text(String text) {
        String literal = xpathLiteral(text);
        return By.xpath("//*[normalize-space(.)=" + literal + " and not(*[normalize-space(.)=" + literal + "])]");
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("screenshots.write")) {
            Files.copy(shot, Path.of("docs/screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private RequestDoors.Started objectionWaitingForAHandler(int offset, String email) {
        Map<String, Object> who = jdbc.queryForMap("""
                select p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) order by p.id desc offset ? limit 1""", offset);
        return driver.startAtTheDesk(doors, PrivacyCase.Type.OBJECTION, (String) who.get("name"), email,
                (String) who.get("hetu"), "fi");
    }

    @Test
    void aHandlerWithAFinnishBrowserFindsTheTaskByItsCase() throws Exception {
        RequestDoors.Started started = objectionWaitingForAHandler(37, "browser.handler@example.com");
        finnishBrowser();
        logIn("tasklist", "handler");

        // Camunda's own words in Finnish, no "Create task", the group's tasks first
        visible(text("Käynnistä prosessi"));
        assertThat(browser.findElements(text("Luo tehtävä")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("no migration banner").isEmpty();

        // the card names the case without opening the task
        WebElement number = visible(By.xpath("//span[contains(@class,'tv-case-number') and text()="
                + xpathLiteral(started.caseNumber()) + "]"));
        WebElement card = number.findElement(By.xpath("./ancestor::*[contains(@class,'tietovahti-task-case')]"));
        assertThat(card.getText()).contains("Vastustamisoikeus").contains("pv määräaikaan");
        // Tasklist's own due date, relative, in Finnish too ("Eräpäivä 21 pv päästä"). Tasklist sets moment's
        // language when its locale file has loaded; a list drawn before that keeps English relative dates until it
        // is drawn again (seen under load on a first visit): the reload shows the Finnish ones.
        By due = By.xpath("//li[.//span[contains(@class,'tv-case-number') and text()="
                + xpathLiteral(started.caseNumber()) + "]]");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                    ExpectedConditions.textMatches(due, java.util.regex.Pattern.compile("(?s).*päästä.*")));
        } catch (org.openqa.selenium.TimeoutException englishOnFirstDraw) {
            browser.navigate().refresh();
        }
        waiting().until(ExpectedConditions.textMatches(due, java.util.regex.Pattern.compile("(?s).*Eräpäivä.*päästä.*")));
        assertThat(browser.findElement(due).getText()).doesNotContain(" days");
        screenshot("tasklist-task-list");

        // the open task names its case above its form too
        browser.findElement(due).findElement(By.cssSelector("h4.task a")).click();
        By named = By.xpath("//span[contains(@class,'tv-case-number') and text()=" + xpathLiteral(started.caseNumber()) + "]");
        waiting().until(driver -> driver.findElements(named).size() >= 2);
        visible(By.cssSelector(".fjs-container, form"));
        screenshot("tasklist-task-form");
    }

    /** Tasklist's own completion passes the server's form check (FormFieldsOnly) and moves the case on. */
    @Test
    void aHandlerCompletesATaskThroughItsForm() throws Exception {
        RequestDoors.Started started = objectionWaitingForAHandler(43, "browser.complete@example.com");
        String task = driver.task(started.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION)
                .getId();
        finnishBrowser();
        logIn("tasklist", "handler");
        visible(text("Käynnistä prosessi"));
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + task));
        click(text("Ota itselle"));
        click(text("Asiakaspalautekyselyt / Feedback surveys"));
        click(text("Hylätään: painavammat perusteet / Refused: compelling legitimate grounds"));
        visible(By.cssSelector("textarea[id*='sensitiveBalancing']")).sendKeys("Vastaukset tarvitaan vireillä "
                + "olevaan riita-asiaan.");
        click(By.xpath("//button[normalize-space(.)='Valmis']"));
        driver.runJobs(started.processInstanceId());
        waiting().until(d -> tasks.createTaskQuery().taskId(task).count() == 0);
        assertThat(driver.passed(started.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION))
                .isOne();
    }

    @Test
    void theDeskFormDatesTodayAndAnswersWithTheCaseNumber() throws Exception {
        finnishBrowser();
        logIn("tasklist", "handler");
        visible(text("Käynnistä prosessi")).click();
        visible(text("Tietosuojapyyntö / Privacy request")).click();
        WebElement receivedAt = visible(By.cssSelector("input[id*='receivedAt']"));
        // the browser's today in Helsinki (the service's clock is the test's, a fixed day: not what the form shows)
        assertThat(receivedAt.getAttribute("value"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki")).format(FINNISH_DAY));
        screenshot("tasklist-desk-start-form");

        visible(By.cssSelector(".fjs-form-field-select")).click();
        visible(text("Tarkastus (15 art.) / Access (Art. 15)")).click();
        browser.findElement(By.cssSelector("input[id*='sensitiveRequesterName']")).sendKeys("Selma Selain");
        browser.findElement(By.cssSelector("input[id*='sensitiveRequesterEmail']")).sendKeys("selma@example.com");
        receivedAt.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        receivedAt.sendKeys(TestClock.today().format(FINNISH_DAY));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")))
                .click();

        WebElement note = visible(By.cssSelector(".tietovahti-case-started"));
        assertThat(note.getText()).startsWith("Pyyntö kirjattu asiaksi TV-");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("TV-\\d{4}-\\d{6}").matcher(note.getText());
        assertThat(number.find()).as(note.getText()).isTrue();
        String caseNumber = number.group();
        assertThat(cases.exists(caseNumber)).isTrue();
        assertThat(cases.byNumber(caseNumber).getRequesterName()).isEqualTo("Selma Selain");
        screenshot("tasklist-case-started");
    }

    @Test
    void theDpoSeesTheDeadlinesAndOpensAFinishedCase() throws Exception {
        RequestDoors.Started finished = objectionWaitingForAHandler(41, "browser.finished@example.com");
        driver.completeAsHandler(finished.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION,
                Map.of("objectionTarget", "SURVEYS", "objectionDecision", "REFUSED",
                        "sensitiveBalancing", "The answers are needed for a pending claim"));
        assertThat(driver.instance(finished.processInstanceId())).as("finished").isNull();
        finnishBrowser();
        logIn("cockpit", "dpo");

        WebElement summary = visible(By.cssSelector(".tietovahti-deadlines .tv-summary"));
        assertThat(summary.getText()).startsWith("Avoimia ");
        assertThat(browser.findElements(By.cssSelector(".tietovahti-deadlines [data-bucket]"))).hasSize(4);
        visible(text("Prosessit"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('.tietovahti-deadlines').scrollIntoView()");
        screenshot("cockpit-deadlines");

        browser.get(url("/camunda/app/cockpit/default/#/tietovahti/case/" + finished.caseNumber()));
        WebElement steps = visible(By.cssSelector(".tietovahti-case .tv-steps"));
        assertThat(steps.getText()).contains("handler");
        assertThat(browser.findElement(By.cssSelector(".tietovahti-case .tv-facts")).getText())
                .contains("Päättynyt").contains("ANSWERED");
        screenshot("cockpit-finished-case");
    }

    @Test
    void aHandlerRegistersARequestForDataAndTheDpoSeesWhyItWasRefused() throws Exception {
        String code = jdbc.queryForObject("""
                select p.hetu from tietovahti.person p where p.hetu is not null and p.id not in (1, 2, 3)
                order by p.id desc offset 43 limit 1""", String.class);
        finnishBrowser();
        logIn("tasklist", "handler");
        visible(text("Käynnistä prosessi")).click();
        visible(text("Tietopyyntö ja luovutus / Request for data and disclosure")).click();
        java.util.List<WebElement> selects = waiting().until(d -> {
            java.util.List<WebElement> found = d.findElements(By.cssSelector(".fjs-form-field-select"));
            return found.size() == 2 ? found : null;
        });
        selects.get(0).click();
        visible(text("Helsingin poliisilaitos / Police")).click();
        selects.get(1).click();
        visible(text("Rikoksen selvittäminen / Crime")).click();
        browser.findElement(By.cssSelector("input[id*='sensitiveSubjectCode']")).sendKeys(code);
        screenshot("tasklist-disclosure-start-form");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")))
                .click();
        // the police named no case or statute: refused on the record once the decision's job has run
        String instance = waiting().until(d -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(fi.tietovahti.processes.DisclosureRequestProcess.KEY).startedBy("handler")
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst()
                .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).orElse(null));
        driver.runJobs(instance);
        String reference = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();
        assertThat(jdbc.queryForObject("select status from tietovahti.disclosure_request where reference = ?",
                String.class, reference)).isEqualTo("REFUSED");

        browser.quit();
        finnishBrowser();
        logIn("cockpit", "dpo");
        visible(By.cssSelector(".tietovahti-deadlines .tv-disclosures-link")).click();
        WebElement refusals = visible(By.cssSelector(".tietovahti-disclosures .tv-refusals"));
        assertThat(refusals.getText()).contains(reference).contains("statute");
        assertThat(visible(By.cssSelector(".tietovahti-disclosures .tv-notice-differences")).getText())
                .contains("resident-committee");
        assertThat(browser.findElement(By.cssSelector(".tietovahti-disclosures")).getText()).doesNotContain(code);
        screenshot("cockpit-disclosures");
    }

    /**
     * A collector registers a disturbance complaint through the start form in Tasklist: the file number is shown,
     * its first task waits for the collections group with the file on its card, and the complainant is kept in the
     * register, never in the engine.
     */
    @Test
    void aCollectorRegistersADisturbanceComplaintInTasklist() throws Exception {
        String contract = jdbc.queryForObject("""
                select t.contract_number from tietovahti.tenancy t where t.end_date is null and exists (
                    select 1 from tietovahti.occupancy o where o.tenancy_id = t.id and o.role = 'MAIN_TENANT'
                    and o.moved_out is null)
                order by t.id desc offset 11 limit 1""", String.class);
        finnishBrowser();
        logIn("tasklist", "collector");
        visible(text("Käynnistä prosessi")).click();
        visible(text("Asumishäiriö / Disturbance")).click();
        visible(By.cssSelector("input[id*='contractNumber']")).sendKeys(contract);
        click(text("Häiritsevä elämä / Disturbance (§61(1)(4))"));
        click(text("Asukas / Resident"));
        browser.findElement(By.cssSelector("input[id*='sensitiveComplainantName']")).sendKeys("Ville Valittaja");
        browser.findElement(By.cssSelector("input[id*='sensitiveComplainantContact']"))
                .sendKeys("ville.valittaja@example.net");
        // the day as Finns write it, one whose day and month read the other way round would be another day
        LocalDate received = TestClock.today().withDayOfMonth(5).minusMonths(1);
        WebElement receivedOn = browser.findElement(By.cssSelector("input[id*='complaintReceivedOn']"));
        assertThat(receivedOn.getAttribute("value"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki")).format(FINNISH_DAY));
        receivedOn.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        receivedOn.sendKeys(received.format(FINNISH_DAY));
        browser.findElement(By.cssSelector("textarea[id*='sensitiveComplaintDescription']"))
                .sendKeys("Kovaa musiikkia öisin porraskäytävässä.");
        screenshot("tasklist-disturbance-start-form");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")))
                .click();

        WebElement note = visible(By.cssSelector(".tietovahti-case-started"));
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("HH-\\d{4}-\\d{6}").matcher(note.getText());
        assertThat(number.find()).as(note.getText()).isTrue();
        assertThat(note.getText()).doesNotContain("Pyyntö");
        String file = number.group();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(file).singleResult().getId();
        assertThat(jdbc.queryForObject("""
                select c.complainant_name from tietovahti.disturbance_complaint c
                join tietovahti.disturbance_case d on d.id = c.case_id where d.reference = ?""", String.class, file))
                .isEqualTo("Ville Valittaja");
        assertThat(jdbc.queryForObject("""
                select c.received_on from tietovahti.disturbance_complaint c
                join tietovahti.disturbance_case d on d.id = c.case_id where d.reference = ?""", LocalDate.class, file))
                .isEqualTo(received);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains("Valittaja"));

        browser.findElement(By.cssSelector(".tietovahti-case-started .close")).click();
        browser.navigate().refresh();
        WebElement card = visible(By.xpath("//li[.//span[contains(@class,'tv-case-number') and text()="
                + xpathLiteral(file) + "]]"));
        assertThat(card.getText()).contains("Selvitä valitus");
        screenshot("tasklist-disturbance-task");
    }
}
