"""Extension points of the digest, each named for when it runs.

They are Blinker signals, like Pelican's own. The digest's core features use
them too; an extra plugin connects a receiver in its `register()`. A receiver
that returns a value replaces the data passed on (the last non-None wins).
"""

from blinker import signal

quotes_extracted = signal(
    "digest_quotes_extracted",
    doc="After an article's quotations are extracted, before they are checked and rendered: "
    "receivers get (record, quotes=[Quote]) -- the article's core.digest.ArticleRecord (slug, title, "
    "file, passages, ...) -- and may return a new list.",
)
quotes_rendered = signal(
    "digest_quotes_rendered",
    doc="After all quotations are grouped and linked to people, in the pipeline's views stage: receivers "
    "get (settings, quotes=[QuoteView]); they may read them, not change them.",
)


def send_replacing(hook, sender, name: str, value):
    """Send `hook` with `name=value`; return the last non-None value a receiver returned, else `value`."""
    for _receiver, result in hook.send(sender, **{name: value}):
        if result is not None:
            value = result
    return value
