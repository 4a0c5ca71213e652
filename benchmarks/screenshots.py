"""README screenshots: a guide page, a self-check verdict, a letter and a chat message on a phone.

    .venv/bin/python benchmarks/screenshots.py   # writes .github/images/*.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright

from tests.support.browser import launch
from tests.support.site_server import PROJECT, build_site, free_port, serve

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
            page.goto(site.url("it/signs.html#sign-abuse"), wait_until="load")
            page.screenshot(path=OUT / "guide-page-it.png")

            page = browser.new_page(viewport={"width": 1000, "height": 1100}, locale="ar-EG")
            page.goto(site.url("ar/self-check.html"), wait_until="load")
            for sign, value in {"sign-money": "often", "sign-time": "often", "sign-headache": "sometimes"}.items():
                page.locator(f'fieldset[data-sign="{sign}"] input[value="{value}"]').check()
            page.locator('fieldset[data-sign="sign-abuse"] input[value="never"]').check()
            for fieldset in page.locator("fieldset[data-sign]").all():
                if not fieldset.locator("input:checked").count():
                    fieldset.locator('input[value="never"]').check()
            page.locator("[data-selfcheck] button[type=submit]").click()
            page.locator("[data-result]").screenshot(path=OUT / "selfcheck-verdict-ar.png")

            # A letter in the "I" voice: an Italian freelancer ends a contract.
            page = browser.new_page(viewport={"width": 1000, "height": 1400}, locale="it-IT")
            page.goto(site.url("it/templates.html?template=contract-end#tpl-contract-end"), wait_until="load")
            widget = page.locator('[data-message="contract-end"]')
            widget.locator('[data-field="client_name"]').fill("Dott.ssa Chiara Lo Russo")
            for name, value in {
                "client_company": "Lo Russo Arredamenti S.r.l.", "your_name": "Marco Bellini",
                "remaining_work": "il restyling del catalogo online", "contract_clause": "9.2",
                "contract_ref": "n. 14/2026 del 15 gennaio 2026", "end_date": "2026-12-31",
            }.items():
                widget.locator(f'[data-field="{name}"]').fill(value)
            widget.locator(".pw-message__preview").first.screenshot(path=OUT / "letter-i-voice-it.png")

            # The LINE message on a phone, with Share (the phone's share sheet) offered.
            phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                        is_mobile=True, has_touch=True, locale="th-TH")
            phone.add_init_script("navigator.share = () => Promise.resolve();")
            page = phone.new_page()
            page.goto(site.url("th/templates.html?template=late-payment#tpl-late-payment"), wait_until="load")
            widget = page.locator('[data-message="late-payment"]')
            widget.locator('[data-field="client_name"]').fill("คุณสมศรี ใจดี")
            for name, value in {
                "your_name": "ธนากร วงศ์สวัสดิ์", "invoice_refs": "INV-2026-014, INV-2026-019",
                "amount_due": "48,000 บาท", "pay_by": "2026-12-15", "end_date": "2026-12-31",
                "payment_details": "โอนเข้าบัญชีกสิกรไทย 123-4-56789-0", "remaining_work": "ไฟล์ต้นฉบับทั้งหมด",
            }.items():
                field = widget.locator(f'[data-field="{name}"]')
                if field.is_visible():
                    field.fill(value)
            chat = widget.locator(".pw-message__preview").nth(1)
            chat.scroll_into_view_if_needed()
            chat.screenshot(path=OUT / "chat-share-th.png")
            phone.close()
            browser.close()
        site.stop()
    for image in sorted(OUT.glob("*.png")):
        print(image.relative_to(PROJECT), image.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
