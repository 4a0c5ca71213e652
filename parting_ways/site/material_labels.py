"""What Material writes in English, or in English punctuation, on every translated page.

Material's language files translate its words but not how ``partials/footer.html`` joins
them: the previous/next links are labelled ``"{direction}: {title}"`` with an ASCII colon
in every language (Chinese writes a full-width ：). And ``partials/logo.html`` gives the logo
``alt="logo"``, an English word, inside links that Material already names with the site's
name. Its Arabic label for the language button, «إختر اللغة», carries a hamza that «اختر»
does not take; our own catalog names that button in every language. All three rely on
Material's markup (README, "Reliances on upstream internals");
tests/unit/test_material_reliances.py fails when Material changes it.
"""

from __future__ import annotations

import re
from html import escape

from mkdocs.config.defaults import MkDocsConfig

from parting_ways.errors import content_dir, locales_dir
from parting_ways.i18n.catalogs import catalog_for
from parting_ways.i18n.placeholders import fill
from parting_ways.site.languages import current_code
from parting_ways.widgets.definitions import load_site_text

# partials/footer.html: aria-label="{{ direction }}: {{ page.next_page.title | e }}"
FOOTER_LINK = re.compile(r'(class="md-footer__link md-footer__link--(?:prev|next)" aria-label=")([^":]*): ([^"]*)(")')
# partials/alternate.html: the header button that opens the language list.
LANGUAGE_BUTTON = re.compile(r'(<button class="md-header__button md-icon" aria-label=")[^"]*(">)')
# partials/logo.html inside the header's and the drawer's md-logo links (named by aria-label).
LOGO_ALT = re.compile(r'(class="md-(?:header|nav)__button md-logo"[^>]*>\s*<img [^>]*?)alt="logo"')


def localize(output: str, config: MkDocsConfig) -> str:
    catalog = catalog_for(locales_dir(config), current_code(config))
    texts = load_site_text(content_dir(config))
    # The direction and the title come from the HTML, already escaped; the catalog's words not.
    label = escape(catalog.text(texts["page.footer_link_text"]))
    choose = catalog.text(texts["page.select_language_text"])
    output = LANGUAGE_BUTTON.sub(lambda m: m[1] + escape(choose) + m[2], output)
    output = FOOTER_LINK.sub(
        lambda m: m[1] + fill(label, {"direction": m[2], "title": m[3]}) + m[4], output)
    # The image only repeats the link's own name: decorative, so an empty alt, in any language.
    return LOGO_ALT.sub(r'\1alt=""', output)
