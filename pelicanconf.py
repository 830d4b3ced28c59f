"""Development settings: `make html` builds with these (relative URLs, no feeds).

Digest settings (DIGEST_*) and their defaults are documented in
plugins/pelican/plugins/news_digest/core/settings.py; override them here.
"""

SITENAME = "News Digest"
SITESUBTITLE = "One event, several sources, every quote traceable"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
THEME = "theme"
OUTPUT_PATH = "output"

# The digest is installed into .venv (pip install -e .), so Pelican finds it without PLUGIN_PATHS.
PLUGINS = ["pelican.plugins.news_digest"]
# Every article here is a news report: Publisher required, unknown header keys and empty articles reported.
DIGEST_STRICT = True

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},  # no smarty: quoted text stays verbatim
    },
    "output_format": "html5",
}

# URLs: plain .html files so that the site also works opened from disk.
ARTICLE_URL = ARTICLE_SAVE_AS = "articles/{slug}.html"
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
AUTHOR_URL = AUTHOR_SAVE_AS = "authors/{slug}.html"
AUTHORS_URL = AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "authors", "search"]
SEARCH_SAVE_AS = "search.html"
DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}.html", "{base_name}/page/{number}.html"),
)
ARTICLE_ORDER_BY = "reversed-date"

# Every value is escaped in templates; article HTML is sanitised by the reader and marked |safe.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# Feeds are turned on for publishing only (publishconf.py).
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
