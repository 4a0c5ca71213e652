"""README screenshots: a guide page, a self-check verdict and a filled message template.

    .venv/bin/python benchmarks/screenshots.py   # writes .github/images/*.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.site_server import PROJECT, build_site, free_port, serve

OUT = PROJECT / ".github" / "images"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        result = build_site(Path(tmp) / "site", f"http://127.0.0.1:{port}/parting-ways/")
        if result.returncode:
            print(result.stdout + result.stderr)
            return 1
        site = serve(Path(tmp) / "site", port)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": 1200, "height": 820}, locale="it-IT")
            page.goto(site.url("it/signs.html#sign-abuse"), wait_until="networkidle")
            page.screenshot(path=OUT / "guide-page-it.png")

            page = browser.new_page(viewport={"width": 1000, "height": 1100}, locale="ar-EG")
            page.goto(site.url("ar/self-check.html"), wait_until="networkidle")
            for sign, value in {"sign-money": "often", "sign-time": "often", "sign-headache": "sometimes"}.items():
                page.locator(f'fieldset[data-sign="{sign}"] input[value="{value}"]').check()
            page.locator('fieldset[data-sign="sign-abuse"] input[value="never"]').check()
            for fieldset in page.locator("fieldset[data-sign]").all():
                if not fieldset.locator("input:checked").count():
                    fieldset.locator('input[value="never"]').check()
            page.locator("[data-selfcheck] button[type=submit]").click()
            page.locator("[data-result]").screenshot(path=OUT / "selfcheck-verdict-ar.png")

            page = browser.new_page(viewport={"width": 1000, "height": 1400}, locale="th-TH")
            page.goto(site.url("th/templates.html?template=contract-end#tpl-contract-end"), wait_until="networkidle")
            widget = page.locator('[data-message="contract-end"]')
            for name, value in {
                "client_name": "สมศรี ใจดี", "client_company": "บริษัท ใจดี อินทีเรีย จำกัด", "your_name": "ธนากร วงศ์สวัสดิ์",
                "your_company": "ธนากร สตูดิโอ", "remaining_work": "ไฟล์โลโก้ฉบับสมบูรณ์", "contract_clause": "ข้อ 9.2",
                "end_date": "2026-12-31",
            }.items():
                widget.locator(f'[data-field="{name}"]').fill(value)
            widget.screenshot(path=OUT / "template-filled-th.png")
            browser.close()
        site.stop()
    for image in sorted(OUT.glob("*.png")):
        print(image.relative_to(PROJECT), image.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
