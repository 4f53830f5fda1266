"""WCAG 2.1 AA, as axe-core sees it in the browser: no serious or critical violation on the
home pages, a statement, an archive, an archived version with its banner, and the changes.

axe-core's own axe.min.js comes with the `axe-playwright-python` package (a test dependency),
so no npm is needed; AXE_CORE_JS names another copy (e.g. node_modules/axe-core/axe.min.js).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PAGES = ["", "nl/", "en/", "nl/hogeschool-kempen/", "en/hogeschool-kempen/",
         "nl/hogeschool-kempen/statement/", "en/hogeschool-kempen/regulation/",
         "nl/hogeschool-kempen/1.0/statement/", "nl/hogeschool-kempen/1.1/changes/",
         "en/stichting-ons-onderwijs/1.1/changes/", "nl/docs/profile/", "en/docs/rules/",
         "en/alleen-nl/", "nl/alleen-nl/statement/"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source() -> str:
    configured = os.environ.get("AXE_CORE_JS")
    if configured:
        return Path(configured).read_text(encoding="utf-8")
    try:
        import axe_playwright_python
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing: pip install -e '.[test]'", pytrace=False)
        pytest.skip("axe-core is missing: pip install -e '.[test]'")
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(
        encoding="utf-8")


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_source()


def describe(violation: dict) -> str:
    targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
    return f"{violation['impact']} {violation['id']}: {violation['help']} at {targets}"


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violation(page, site_url, axe, path):
    # axe-core is served as a file of the site: the pages' policy refuses inline scripts
    page.route(f"{site_url}__axe.js", lambda route: route.fulfill(
        body=axe, content_type="text/javascript"))
    page.goto(f"{site_url}{path}")
    page.add_script_tag(url=f"{site_url}__axe.js")
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                            TAGS)
    serious = [describe(violation) for violation in results["violations"]
               if violation["impact"] in ("serious", "critical")]
    assert serious == []
    assert results["passes"], "axe ran no check at all"


@pytest.mark.parametrize("path", ["nl/hogeschool-kempen/1.1/changes/",
                                  "en/hogeschool-kempen/1.0/statement/", "en/"])
def test_the_dark_theme_has_no_serious_or_critical_violation(page, site_url, axe, path):
    page.route(f"{site_url}__axe.js", lambda route: route.fulfill(
        body=axe, content_type="text/javascript"))
    page.goto(f"{site_url}{path}")
    page.locator("label.md-header__button[for='__palette_1']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.add_script_tag(url=f"{site_url}__axe.js")
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                            TAGS)
    serious = [describe(violation) for violation in results["violations"]
               if violation["impact"] in ("serious", "critical")]
    assert serious == []
