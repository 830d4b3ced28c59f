"""Publishing settings: `make publish` builds with these.

The public base URL comes from the SITEURL environment variable, e.g.
`SITEURL=https://digest.example.org make publish`. Without it the site is
built with relative URLs (it still works anywhere, but feeds carry relative
links).
"""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = not SITEURL
if not SITEURL:
    print("publishconf: SITEURL is not set; building with relative URLs "
          "(set SITEURL=https://... for absolute links in feeds)", file=sys.stderr)

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
AUTHOR_FEED_ATOM = "feeds/authors/{slug}.atom.xml"
