"""The digest's page generators share how they write a page per item, index pages and long lists,
which articles Pelican writes without listing them, and where their templates are found."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader
from pelican.generators import Generator

from .settings import setting

# The digest's own templates (event, person, outlet, ...): they extend the theme's base.html.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def add_package_templates(generator) -> None:
    """Pelican's `generator_init`: the digest's templates become the fallback after the theme's.

    Pelican looks in THEME_TEMPLATES_OVERRIDES and the theme first, then in its
    `simple` theme; the package's folder goes between the two, so a theme (this
    repository's `theme/`) overrides any digest template by having one of the
    same name, and any theme without them still gets every digest page. Like
    `!simple/` and `!theme/`, `!digest/event.html` names the package's template
    (for a theme's template that extends it).

    Templates of those names are autoescaped, whichever folder they come from:
    they show text taken from articles, and Pelican's default environment does
    not escape (the theme's other templates keep JINJA_ENVIRONMENT's choice).
    """
    env = generator.env
    if getattr(env.loader, "digest_templates", False):
        return
    package = FileSystemLoader(str(TEMPLATES))
    first, *rest = env.loader.loaders if isinstance(env.loader, ChoiceLoader) else [env.loader]
    env.loader = ChoiceLoader([first, package, *rest, PrefixLoader({"!digest": package})])
    env.loader.digest_templates = True
    env.autoescape = _escaping_digest_templates(env.autoescape)
    if isinstance(getattr(generator, "_templates_path", None), list):  # named when a template is missing
        generator._templates_path.append(str(TEMPLATES))



def _escaping_digest_templates(site_choice):
    """Jinja's `autoescape` (a flag, or a function of the template name): on for the digest's templates."""
    names = frozenset(path.name for path in TEMPLATES.glob("*.html"))

    def autoescape(name: str | None) -> bool:
        if name and name.removeprefix("!digest/") in names:
            return True
        return bool(site_choice(name) if callable(site_choice) else site_choice)

    return autoescape


@dataclasses.dataclass(eq=False)
class Listing:
    """One page of a long list: its items and its neighbours."""

    items: list
    number: int
    count: int  # how many pages the list has
    total: int  # how many items the list has
    url: str
    save_as: str
    previous: Listing | None = None
    next: Listing | None = None


def paginate(items: list, per_page: int, url: str, save_as: str) -> list[Listing]:
    """Pages of `per_page` items: the first at `url`, then `<url stem>/page/N.html` (never `url2.html`)."""
    chunks = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]

    def at(address: str, number: int) -> str:
        return address if number == 1 else f"{address.removesuffix('.html').removesuffix('/index')}/page/{number}.html"

    pages = [Listing(chunk, n, len(chunks), len(items), at(url, n), at(save_as, n))
             for n, chunk in enumerate(chunks, start=1)]
    for earlier, later in zip(pages, pages[1:]):
        earlier.next, later.previous = later, earlier
    return pages


def unlisted_articles(context) -> list:
    """Articles Pelican writes but lists nowhere: translations, hidden articles, drafts (and theirs).

    Their own pages need what the theme shows (an outlet); the digest's lists,
    feeds and JSON count only published originals, so each report counts once.
    """
    published = {id(a) for a in context.get("articles", [])}
    found: dict[int, object] = {}
    for article in [*context.get("articles", []), *context.get("hidden_articles", []), *context.get("drafts", [])]:
        for each in (article, *getattr(article, "translations", ())):
            if id(each) not in published:
                found.setdefault(id(each), each)
    return list(found.values())


class DigestGenerator(Generator):
    """A Pelican Generator with the writing patterns every digest page type uses."""

    def _write(self, writer, save_as, template, template_name, url, **variables):
        writer.write_file(save_as, template, self.context, relative_urls=self.settings["RELATIVE_URLS"],
                          url=url, page_name=url, template_name=template_name, **variables)

    def write_item_pages(self, writer, items, template_name: str, variable: str,
                         listed: str | None = None, per_page: int = 0) -> None:
        """One page per item (an outlet, a person, an event); its `listed` attribute paginated if long."""
        template = self.get_template(template_name)
        for item in items:
            if not listed:
                self._write(writer, item.save_as, template, template_name, item.url, **{variable: item})
                continue
            for listing in paginate(getattr(item, listed), per_page, item.url, item.save_as):
                self._write(writer, listing.save_as, template, template_name, listing.url,
                            **{variable: item, "listing": listing})

    def write_index_page(self, writer, setting_prefix: str, template_name: str,
                         items: list | None = None, per_page: int = 0) -> None:
        """An index page at DIGEST_<prefix>_URL / _SAVE_AS; with `items`, paginated."""
        url = setting(self.settings, f"DIGEST_{setting_prefix}_URL")
        save_as = setting(self.settings, f"DIGEST_{setting_prefix}_SAVE_AS")
        template = self.get_template(template_name)
        if items is None:
            self._write(writer, save_as, template, template_name, url)
            return
        for listing in paginate(items, per_page, url, save_as):
            self._write(writer, listing.save_as, template, template_name, listing.url, listing=listing)
