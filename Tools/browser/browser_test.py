#!/usr/bin/python3
"""The web page in a real browser: Debian's chromium, headless, driven by Selenium through
chromium-driver. A new user's path on the Finland demo store: open the graphs and one of them,
find the forest cluster among FIN-2011's clusters (ETLA's families, compared with 2005), see why it
is strong, its diagram and where it concentrates, download the diagram as PNG, run a query with a
syntax error and see the caret, then a query that answers.

Usage: Tools/browser/browser_test.py CLUSTERNET [--screenshots DIR]
With --screenshots, saves the main pages as PNG (the pictures in Docs/).
Run with Debian's /usr/bin/python3 (python3-selenium); nothing downloads a browser.
"""
import argparse
import os
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_helper import Server, demo_store  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"ok: {message}")


def follow(driver, link):
    """Clicks `link` and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    WebDriverWait(driver, 30).until(lambda _: replaced(page))


def replaced(element):
    """True once `element`'s page is gone. While it swaps documents, chromium may say so with an
    inspector error instead of a stale element (seen once in a few runs)."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def screenshot(driver, directory, name, height=None):
    """The whole page (or its top `height` pixels) as DIRECTORY/NAME.png."""
    if not directory:
        return
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(full, height or full))
    driver.save_screenshot(os.path.join(directory, name + ".png"))
    driver.set_window_size(1280, 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("clusternet")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        database = demo_store(arguments.clusternet, ROOT, scratch)
        downloads = os.path.join(scratch, "downloads")
        os.makedirs(downloads)
        server = Server(arguments.clusternet, database)
        driver = browser(downloads)
        wait = WebDriverWait(driver, 30)
        try:
            driver.get(server.address)
            check("Graphs in this store" in driver.find_element(By.TAG_NAME, "h1").text, "the graphs page opens at the printed address")
            screenshot(driver, arguments.screenshots, "web-graphs")
            follow(driver, driver.find_element(By.LINK_TEXT, "fi2014"))
            check(driver.find_element(By.TAG_NAME, "h1").text == "fi2014", "a graph's page opens from the list")
            check(len(driver.find_elements(By.CSS_SELECTOR, "figure.diagram svg")) >= 1, "its linkage diagram is inline SVG")
            screenshot(driver, arguments.screenshots, "web-graph", height=2200)

            follow(driver, driver.find_element(By.LINK_TEXT, "Graphs"))
            follow(driver, driver.find_element(By.LINK_TEXT, "FIN-2011"))
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "clusters of Graphs/wiod-2013/clusters.csv"))
            check(driver.find_element(By.TAG_NAME, "h1").text == "Clusters of FIN-2011", "the clusters page opens")
            check(len(driver.find_elements(By.CSS_SELECTOR, "ul.reasons li")) > 20, "every cluster's reasons are listed")
            screenshot(driver, arguments.screenshots, "web-clusters", height=2000)

            follow(driver, driver.find_element(By.XPATH, "//table//a[text()='0: forest']"))
            title = driver.find_element(By.TAG_NAME, "h1").text
            check("forest" in title and "strong" in title, f"the forest cluster opens, classed strong ({title!r})")
            passed = driver.find_elements(By.CSS_SELECTOR, "ul.reasons li.pass")
            check(len(passed) >= 3 and any("comparative advantage" in item.text for item in passed),
                  "why it is strong: the conditions it meets, export specialisation among them")
            names = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "figure.diagram svg text")]
            check(any("Wood" in name for name in names) and any("Pulp" in name for name in names),
                  "its diagram is drawn inline with its members")
            regions = [row.text for row in driver.find_elements(By.XPATH, "//h2[text()='Where it concentrates']/following::table[1]//tbody/tr")]
            check(bool(regions) and regions[0].startswith("EtelaKarjala"), "it concentrates in Etelä-Karjala, where the mills are")
            screenshot(driver, arguments.screenshots, "web-cluster", height=2600)

            before = set(os.listdir(downloads))
            driver.find_element(By.XPATH, "//section[h2='The cluster drawn']//a[text()='PNG']").click()
            deadline = time.time() + 30
            png = None
            while time.time() < deadline and png is None:
                fresh = [name for name in set(os.listdir(downloads)) - before if name.endswith(".png")]
                png = fresh[0] if fresh else None
                time.sleep(0.2)
            check(png is not None, f"the diagram downloads as PNG ({png})")
            with open(os.path.join(downloads, png), "rb") as file:
                check(file.read(4) == b"\x89PNG", "the download is a PNG image")

            follow(driver, driver.find_element(By.LINK_TEXT, "Query"))
            box = driver.find_element(By.ID, "q")
            box.clear()
            box.send_keys("MATCH (n RETURN n")
            follow(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
            error = wait.until(expected_conditions.presence_of_element_located((By.ID, "query-error"))).text
            lines = error.split("\n")
            query_line = next(index for index, line in enumerate(lines) if line.strip() == "MATCH (n RETURN n")
            caret = lines[query_line + 1].index("^") - lines[query_line].index("M")
            check("line 1, column 10" in error and caret == 9, "a syntax error shows the caret under the place (column 10)")
            check(driver.find_element(By.ID, "q").get_attribute("value") == "MATCH (n RETURN n", "the query box keeps its text")
            screenshot(driver, arguments.screenshots, "web-query-error")

            box = driver.find_element(By.ID, "q")
            box.clear()
            box.send_keys("MATCH (s)-[r:io]->(p {key: '17_18'}) WHERE s <> p RETURN s.label AS supplier, r.weight AS flow ORDER BY flow DESC LIMIT 5")
            driver.find_element(By.CSS_SELECTOR, "select[name=graph] option[value=fi2014]").click()
            follow(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
            rows = wait.until(expected_conditions.presence_of_element_located((By.ID, "results"))).find_elements(By.CSS_SELECTOR, "tbody tr")
            check(len(rows) == 5 and "Transport and storage" in rows[0].text, "a query answers with a table")
            check("clusternet query" in driver.find_element(By.CSS_SELECTOR, "pre.cli").text, "the page names the command line")
            screenshot(driver, arguments.screenshots, "web-query")
        finally:
            driver.quit()
            status = server.stop()
        check(status == 0, "the server stops cleanly on SIGTERM")


if __name__ == "__main__":
    main()
