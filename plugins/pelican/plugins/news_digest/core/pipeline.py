"""One pipeline: the read articles and the editor's files -> the whole digest, data flowing one way.

    records   Pelican articles -> ArticleRecord (plain values; passages from the reader's HTML)
    outlets   records' publishers + outlets.yaml -> (outlet, original outlet) per article
    quotes    records' passages + people.yaml -> quotations per article, checked verbatim
    events    records' passages + event files -> passage -> event assignments, with reasons
    views     all of the above -> outlet, person, quote and event pages, and each article's view

Each stage is a function of the previous stages' plain results; none writes
into another's objects. `build_digest` runs them in that order and returns a
`Digest`; the build puts it under `context["digest"]` (`run_pipeline`,
connected to Pelican's article generator, so the order of PLUGINS does not
matter), and `dress_articles` then sets, in this one place, what templates
read on Pelican's articles: `outlet`, `original_outlet`, `quotes`,
`event_pages` and the marked-up `_content`. `digest check`, `eval`, `people`
and `suggest-events` run the same function (core/corpus.py).
"""

from __future__ import annotations

import logging

from . import hooks
from .digest import CONTEXT_KEY, TEMPLATE_NAMES, ArticleRecord, ArticleView, Digest
from .files import EditorFiles, editor_files
from .generator import unlisted_articles
from .headers import listed_events
from .problems import Severity
from .refs import ArticleRef, listed_date
from .settings import display_path

logger = logging.getLogger(__name__)


def record_of(article, settings) -> ArticleRecord:
    """What the stages read of a Pelican article (its `_content` is the reader's HTML, not yet marked up)."""
    from ..passages import passages_of  # noqa: PLC0415 - the stages import the core

    html = article._content or ""
    return ArticleRecord(
        slug=article.slug, title=article.title, date=article.date,
        file=display_path(article.source_path, settings),
        publisher=getattr(article, "publisher", "") or "",
        original_publisher=getattr(article, "original_publisher", None) or None,
        events=listed_events(getattr(article, "events", None)), html=html, passages=passages_of(html),
        url=article.url, save_as=article.save_as, locale_date=article.locale_date,
        date_note=getattr(article, "date_note", None), authors=tuple(getattr(article, "authors", ()) or ()))


def build_digest(articles, settings, files: EditorFiles, unlisted=()) -> Digest:
    """The digest of the published `articles` (Pelican's, in their listing order) and the editor's files.

    `unlisted` (translations, hidden articles, drafts) only get their outlets:
    the digest's lists, feeds and JSON count each report once. Nothing is
    raised for problems in the content: they are in `Digest.problems`.
    """
    from ..events import assign_article_events  # noqa: PLC0415
    from ..outlets import assign_article_outlets  # noqa: PLC0415
    from ..quotes import extract_article_quotes  # noqa: PLC0415
    from ..quotes.people import PeopleDirectory  # noqa: PLC0415

    articles, unlisted = list(articles), list(unlisted)
    records = [record_of(a, settings) for a in articles]
    others = [record_of(a, settings) for a in unlisted]
    outlets = assign_article_outlets(records, others, files.outlets, settings.get("DIGEST_UNKNOWN"))
    directory = PeopleDirectory(list(files.people))
    quotes, quote_problems = extract_article_quotes(records, directory, settings)
    events, event_problems = assign_article_events(records, files.events, directory.terms_for, settings)
    problems = (("files", tuple(files.problems)), ("outlets", tuple(outlets.problems)),
                ("quotes", tuple(quote_problems)), ("events", tuple(event_problems)))
    return build_views(records, articles, outlets, quotes, directory, files.events, events, problems, settings)


def build_views(records, articles, outlets, quotes, directory, events, assigned, problems, settings) -> Digest:
    """The views stage: every page object, linked, and each article's marked-up HTML."""
    from ..events import build_event_pages, mark_up_events  # noqa: PLC0415
    from ..outlets import outlet_pages  # noqa: PLC0415
    from ..quotes import mark_up_quotes  # noqa: PLC0415
    from ..quotes.views import build_views as quote_views  # noqa: PLC0415

    pages, outlet_pairs, unlisted_pairs = outlet_pages(outlets, articles, settings)
    refs = [ArticleRef(r.slug, r.url, r.title, listed_date(r.date), r.locale_date, r.date_note, outlet, original, r.authors)
            for r, (outlet, original) in zip(records, outlet_pairs)]
    views, people, by_article = quote_views(list(zip(refs, quotes)), directory, settings)
    passages = {(r.slug, p.id): p for r in records for p in r.passages}
    event_views = build_event_pages(list(events), assigned, refs, articles, passages, views, people, settings)
    hooks.quotes_rendered.send(settings, quotes=views)
    article_views = []
    for record, (outlet, original), own in zip(records, outlet_pairs, by_article):
        marked = mark_up_quotes(record.html, record.passages, own)
        marked = mark_up_events(marked, event_views.passage_events.get(record.slug), record.save_as)
        article_views.append(ArticleView(outlet, original, tuple(own),
                                         tuple(event_views.article_events.get(record.slug, ())), marked))
    return Digest(tuple(records), tuple(pages), tuple(views), tuple(people), event_views.pages, directory,
                  assigned, tuple(article_views),
                  tuple(ArticleView(outlet, original) for outlet, original in unlisted_pairs), problems)


def dress_articles(articles, unlisted, digest: Digest) -> None:
    """The one place that writes on Pelican's articles: what the article templates, JSON-LD and page
    reuse read (`outlet`, `original_outlet`, `quotes`, `event_pages`, and `_content` marked up)."""
    for article, view in [*zip(articles, digest.articles), *zip(unlisted, digest.unlisted)]:
        article.outlet, article.original_outlet = view.outlet, view.original_outlet
        if view.html is not None:
            article.quotes, article.event_pages = list(view.quotes), list(view.event_pages)
            article._content = view.html


def fix_urls(articles) -> None:
    """Each article's `url` computed once, now that its slug, date and language are final.

    Pelican formats `url` anew from the metadata at every access (a copy of the
    metadata and two resolved paths each time); the stages, page keys, feeds and
    templates read it about six times per article. `override_url` is Pelican's own
    fixed URL (set from a `URL:` header), read only by `url`; `save_as` is left as
    it is: Pelican lets an article with a fixed `save_as` overwrite another file.
    """
    for article in articles:
        if not hasattr(article, "override_url"):
            article.override_url = article.url


def run_pipeline(generator) -> None:
    """Pelican's `article_generator_finalized`: build the digest, keep it in the context, dress the articles.

    Problems are not raised here: the digest's generators raise its errors
    (`digest_of`), `digest check` reports them all.
    """
    unlisted = unlisted_articles(generator.context)
    fix_urls([*generator.articles, *unlisted])
    digest = build_digest(generator.articles, generator.settings, editor_files(generator.settings), unlisted)
    generator.context[CONTEXT_KEY] = digest
    for name in TEMPLATE_NAMES:
        generator.context[name] = list(getattr(digest, name))
    for problem in digest.problems:
        if problem.severity is not Severity.ERROR:
            logger.warning("%s", problem)
    if not digest.errors:
        dress_articles(generator.articles, unlisted, digest)
