"""Accessibility in a real browser (axe, keyboard, print) and the per-language SEO basics.

axe runs every page type in every language in the light palette, and in the dark one in
one left-to-right language and Arabic (the colours are the same in every language); the
keyboard and print behaviour, the same in every language, runs in those two.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from parting_ways.site.seo import robots_txt
from tests.conftest import BEHAVIOUR_LANGUAGES, BROWSER_LOCALES, LANGUAGES

GUIDE_PAGES = ["index.html", "signs.html", "self-check.html", "templates.html"]
SCHEMES = {"light": "default", "dark": "slate"}
PHONE = {"width": 412, "height": 823}
DESKTOP = {"width": 1280, "height": 900}
RTL = {"ar"}


# ---------------------------------------------------------------- axe

def _axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def axe_violations(page) -> list[str]:
    """Every axe rule, best practices included; nothing switched off."""
    # content-visibility lets the browser skip laying out the messages far below; axe then
    # measures their text against whatever it finds at those coordinates (the dark footer).
    # Lay everything out so axe reads the colours a reader actually sees.
    page.add_style_tag(content=".pw-message { content-visibility: visible !important; }")
    results = _axe().run(page, options={"resultTypes": ["violations"]})
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:5]]} {v['help']}"
        for v in results.response["violations"]
    ]


@pytest.mark.browser
def test_dark_device_is_painted_dark_before_materials_bundle_runs(browser, site):
    """No light flash for a first visit in dark mode: the page settles the palette itself."""
    context = browser.new_context(color_scheme="dark", viewport=PHONE)
    page = context.new_page()
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
    page.goto(site.url("it/signs.html"))
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    toggles = page.locator("[data-md-component=palette] label:not([hidden])")
    assert toggles.count() == 1 and toggles.get_attribute("for") == "__palette_0"  # back to light
    context.close()


def show_a_verdict(page) -> None:
    for fieldset in page.locator("fieldset[data-sign]").all():
        fieldset.locator("input").first.check()
    page.locator("[data-selfcheck] button[type=submit]").click()
    page.locator("[data-result]").wait_for(state="visible")


@pytest.mark.browser
@pytest.mark.parametrize(("code", "palette"), [
    *((code, "light") for code in LANGUAGES),  # the words differ in every language
    *((code, "dark") for code in BEHAVIOUR_LANGUAGES),  # the colours do not
])
def test_guide_pages_have_no_axe_violations(new_page, site, code, palette):
    page = new_page(BROWSER_LOCALES[code], color_scheme=palette, viewport=PHONE)
    found = {}
    for name in GUIDE_PAGES:
        page.goto(site.url(f"{code}/{name}"))
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[palette]
        if name == "self-check.html":
            show_a_verdict(page)
        if violations := axe_violations(page):
            found[name] = violations
    assert not found, f"{code} {palette}: {found}"
    page.watch.assert_clean(code)


@pytest.mark.browser
@pytest.mark.parametrize("palette", SCHEMES)
def test_root_chooser_and_404_have_no_axe_violations(new_page, site, palette):
    page = new_page(BROWSER_LOCALES["ar"], color_scheme=palette, viewport=PHONE)
    found = {}
    for relative in ["", "ar/missing-page.html"]:
        page.goto(site.url(relative))
        if violations := axe_violations(page):
            found[relative or "/"] = violations
    assert not found, f"{palette}: {found}"


# ---------------------------------------------------------------- keyboard

# Records every element keyboard focus lands on, with what a sighted reader sees of it.
_RECORD_FOCUS = """() => {
  window.__pwFocus = [];
  document.addEventListener("focusin", (event) => {
    const el = event.target;
    // Material's palette switch is a zero-size radio; the label after it is what is drawn.
    const shown = el.matches(".md-option") && el.nextElementSibling || el;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const rect = shown.getBoundingClientRect();
    const stop = {
      key: el.dataset.pwKey || "",
      what: `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} `
        + (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 30),
      indicator: outline || style.boxShadow !== "none",
      header: !!el.closest(".md-header") && !el.closest(".md-select__inner, .md-search__output"),
      // Where the control starts in the reading direction.
      start: getComputedStyle(el).direction === "rtl" ? rect.right : rect.left,
    };
    window.__pwFocus.push(stop);
  });
}"""

# After each Tab: is the focused control on screen? (None once focus has left the page.)
_ON_SCREEN = """() => {
  const el = document.activeElement;
  if (el === document.body) return null;
  const shown = el.matches(".md-option") && el.nextElementSibling || el;
  const r = shown.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth
    && r.bottom > 0 && r.top < innerHeight;
  window.__pwFocus.at(-1).onScreen = onScreen;
  return onScreen;
}"""

_IS_ON_SCREEN = """() => {
  const el = document.activeElement;
  const shown = el.matches(".md-option") && el.nextElementSibling || el;
  const r = shown.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
}"""

_IS_KNOWN_GAP = "() => document.activeElement.matches('.md-search__scrollwrap')"

# Marks every control a keyboard user should be able to reach; one stop per radio group.
_MARK_TABBABLE = """() => {
  const selector = "a[href], button, input, select, textarea, [tabindex]";
  const groups = new Set();
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.tabIndex < 0 || el.closest("[inert], [hidden], template")) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    if (el.matches(".md-search__scrollwrap")) continue;  // only exists for the open dialog
    if (el.type === "radio") {
      if (groups.has(el.name)) continue;
      groups.add(el.name);
      for (const r of document.getElementsByName(el.name)) r.dataset.pwKey = `radio:${el.name}`;
      n++;
      continue;
    }
    el.dataset.pwKey = `el:${n++}`;
  }
  return [...new Set([...document.querySelectorAll("[data-pw-key]")].map(e => e.dataset.pwKey))];
}"""


def tab_through(page, limit: int = 400) -> tuple[list[str], list[dict]]:
    """Tab from the top of the page until focus wraps round; return (expected, reached)."""
    expected = page.evaluate(_MARK_TABBABLE)
    page.evaluate(_RECORD_FOCUS)
    for _ in range(limit):
        page.keyboard.press("Tab")
        on_screen = page.evaluate(_ON_SCREEN)
        if on_screen is None:
            break
        # Give Material's opening transitions (search dialog) and the browser's layout of a
        # message skipped by content-visibility their time; a loaded machine needs seconds.
        # The known gap (the empty results pane, see below) never comes on screen: no wait.
        if not on_screen and not page.evaluate(_IS_KNOWN_GAP):
            with contextlib.suppress(PlaywrightTimeout):  # else recorded as off screen below
                page.wait_for_function(_IS_ON_SCREEN, timeout=15000)
            page.evaluate(_ON_SCREEN)
    return expected, page.evaluate("window.__pwFocus")


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_keyboard_reaches_every_control_with_visible_focus(new_page, site, code, viewport):
    page = new_page(BROWSER_LOCALES[code], viewport=PHONE if viewport == "phone" else DESKTOP)
    for name in ["self-check.html", "templates.html"]:
        page.goto(site.url(f"{code}/{name}"))
        expected, reached = tab_through(page)
        where = f"{code} {viewport} {name}"
        missing = set(expected) - {stop["key"] for stop in reached}
        assert not missing, f"{where}: never focused: {sorted(missing)[:10]}"
        # Known gap, left to the search work: Material's empty results pane in the open
        # search dialog is a zero-height focusable scroll region on wide screens.
        hidden = [s["what"] for s in reached
                  if not s["onScreen"] and not s["what"].startswith("div.md-search__scrollwrap")]
        assert not hidden, f"{where}: focus went off screen on {hidden}"
        unmarked = [s["what"] for s in reached if not s["indicator"]]
        assert not unmarked, f"{where}: no visible focus indicator on {unmarked}"


@pytest.mark.browser
@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_skip_link_comes_first_and_jumps_to_the_content(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code], viewport=DESKTOP)
    page.goto(site.url(f"{code}/signs.html"))
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    box = skip.bounding_box()
    assert box and box["width"] > 0 and box["y"] >= 0, "the skip link must show when focused"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-content')"), (
        "after the skip link, Tab must continue inside the content, not the header or nav")


@pytest.mark.browser
@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_focus_order_follows_the_reading_direction(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code], viewport=DESKTOP)
    page.goto(site.url(f"{code}/self-check.html"))
    _, reached = tab_through(page, limit=12)
    header = [(round(stop["start"]), stop["what"]) for stop in reached if stop["header"]]
    assert len(header) >= 3, reached
    steps = list(itertools.pairwise(x for x, _ in header))
    if code in RTL:
        assert all(b <= a for a, b in steps), f"{code}: header focus must run right to left {header}"
    else:
        assert all(b >= a for a, b in steps), f"{code}: header focus must run left to right {header}"
    # Answer choices read in the page's direction, and the arrow keys follow it.
    choices = page.locator("fieldset[data-sign]").first.locator("input")
    xs = [choices.nth(i).bounding_box()["x"] for i in range(choices.count())]
    assert xs == sorted(xs, reverse=code in RTL), f"{code}: choices out of reading order {xs}"
    choices.first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowLeft" if code in RTL else "ArrowRight")
    assert choices.nth(1).is_checked(), f"{code}: the arrow towards the reading direction moves on"


@pytest.mark.browser
@pytest.mark.parametrize("code", ["th", "ar"])
def test_self_check_works_with_the_keyboard_alone(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code], viewport=PHONE)
    page.goto(site.url(f"{code}/self-check.html"))
    groups = page.locator("fieldset[data-sign]").count()
    answered = 0
    for _ in range(200):
        page.keyboard.press("Tab")
        kind = page.evaluate("document.activeElement.closest('[data-selfcheck]')"
                             " && document.activeElement.type || ''")
        if kind == "radio":
            page.keyboard.press("Space")
            answered += 1
        elif kind == "submit":
            break
    assert answered == groups
    page.keyboard.press("Enter")
    page.locator("[data-result]").wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "pw-result-heading"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.watch.assert_clean(code)


@pytest.mark.browser
@pytest.mark.parametrize("code", ["it", "ar"])
def test_menu_drawer_opens_and_closes_from_the_keyboard_on_a_phone(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code], viewport=PHONE)
    page.goto(site.url(f"{code}/signs.html"))
    button = page.locator("[data-pw-drawer-button]")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-pw-drawer-button')")
    assert button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    link = page.locator(".md-sidebar--primary a.md-nav__link").first
    link.wait_for(state="visible")
    # The drawer slides in: it must come to rest on screen.
    page.wait_for_function("""() => {
      const r = document.querySelector(".md-sidebar--primary a.md-nav__link").getBoundingClientRect();
      return r.x >= 0 && r.x < innerWidth && !document.getAnimations().some(a => a.playState === "running");
    }""")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.hasAttribute('data-pw-drawer-button')")
    # The drawer slides out, then leaves the tab order.
    expect(link, "a closed drawer must not take keyboard focus").to_be_hidden()


# ---------------------------------------------------------------- print

_CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-top, .md-search, .md-skip"


@pytest.mark.browser
@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_guide_and_self_check_print_without_navigation_chrome(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code], viewport=DESKTOP)
    for name in ["signs.html", "self-check.html"]:
        page.emulate_media(media="screen")  # answer on screen, then print
        page.goto(site.url(f"{code}/{name}"))
        if name == "self-check.html":
            show_a_verdict(page)
        page.emulate_media(media="print")
        if name == "self-check.html":
            assert page.locator("[data-result]").is_visible(), "the verdict is printed"
            assert not page.locator(".pw-selfcheck__actions").is_visible()
        shown = page.evaluate(
            f"[...document.querySelectorAll({_CHROME!r})].filter(e => e.checkVisibility())"
            ".map(e => e.className)")
        assert not shown, f"{code} {name}: navigation chrome printed: {shown}"
        width = page.evaluate("document.querySelector('.md-content').getBoundingClientRect().width")
        assert width > DESKTOP["width"] * 0.8, "the text takes the whole printed width"
        direction = page.evaluate(
            "getComputedStyle(document.querySelector('.md-content')).direction")
        assert direction == ("rtl" if code in RTL else "ltr")
        # Links off the site print their address; links within the guide would print a
        # bare relative path, which helps nobody on paper.
        after = page.evaluate("""() => {
          const a = document.createElement("a");
          a.href = "https://example.org/help";
          a.textContent = "help";
          document.querySelector(".md-typeset").append(a);
          const local = document.querySelector(".md-typeset a[href*='.html']");
          return [getComputedStyle(a, "::after").content,
                  local && getComputedStyle(local, "::after").content];
        }""")
        assert "https://example.org/help" in after[0]
        assert after[1] in (None, "none", "normal")


# ---------------------------------------------------------------- SEO basics

class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []
        self.html: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html = values
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and ("name" in values or "property" in values):
            self.meta[values.get("name") or values["property"]] = values.get("content", "")
        elif tag == "link":
            self.links.append(values)

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def read_head(path: Path) -> _Head:
    head = _Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_has_title_description_canonical_and_open_graph(built_site, code):
    base = f"http://127.0.0.1:{built_site.port}/parting-ways/"
    pages = [p for p in built_site.pages(code) if p.name != "404.html"]
    assert {p.name for p in pages} >= set(GUIDE_PAGES)
    titles = set()
    for path in pages:
        head = read_head(path)
        where = f"{code}/{path.name}"
        url = f"{base}{code}/{path.name}"
        assert head.html.get("lang") == LANGUAGES[code], where
        assert head.title.strip(), where
        titles.add(head.title.strip())
        assert len(head.meta.get("description", "")) >= 20, where
        canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
        assert canonical == [url], where
        for prop in ["og:type", "og:site_name", "og:title", "og:description", "og:locale"]:
            assert head.meta.get(prop), f"{where}: {prop}"
        assert head.meta["og:url"] == url, where
        assert head.meta["og:description"] == head.meta["description"], where
        # Open Graph wants language_TERRITORY (th_TH); the language must be the page's.
        assert re.fullmatch(rf"{code}(_[A-Z][A-Za-z]+)?", head.meta["og:locale"]), where
        assert head.meta.get("robots", "") == "", f"{where}: must stay indexable"
        hreflangs = {link["hreflang"] for link in head.links if link.get("hreflang")}
        assert hreflangs == {*LANGUAGES.values(), "x-default"}, where
    assert len(titles) == len(pages), f"{code}: every page needs its own title"


def test_robots_txt_text_points_at_the_sitemap_from_site_url():
    text = robots_txt("https://example.org/sub")
    assert text.splitlines() == ["User-agent: *", "Allow: /", "", "Sitemap: https://example.org/sub/sitemap.xml"]
