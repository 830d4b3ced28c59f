"""A built site -> a compact, reviewable manifest of what it publishes.

For every published file its path; for each HTML page its title, headings,
the links it makes, its quotations (speaker, text) and its event chips; for
api/*.json their parsed content; for feeds their entries (id, title); the
sitemap's addresses. Nothing that depends on the machine or the time: build
dates, the search index's content-hashed file names and byte sizes are left
out, so the manifest of the same site is the same everywhere.

    .venv/bin/python tests/site_manifest.py OUTPUT_DIR                  # print it
    .venv/bin/python tests/site_manifest.py OUTPUT_DIR --write FILE     # save it

tests/test_site_manifest.py compares a build of this repository's seed site
with tests/data/seed_site_manifest.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from bs4 import BeautifulSoup

# Pagefind names its index files by a hash of their content: which exist says nothing a reviewer can read.
_HASHED = re.compile(r"[._][0-9a-f]{7,}\.")
_ATOM = "{http://www.w3.org/2005/Atom}"


def _text(element) -> str:
    return " ".join(element.get_text(" ").split()) if element is not None else ""


def _quote_speaker(figure, page_title: str) -> str:
    """Who a quotation block names: its caption's '— Speaker', else its speaker section, else the page's."""
    caption = figure.find("figcaption")
    if caption is not None:
        lead = caption.decode_contents().split("<br", 1)[0]
        lead_text = " ".join(BeautifulSoup(lead, "lxml").get_text(" ").split())
        if lead_text.startswith("—"):
            return lead_text.lstrip("— ").strip()
    section = figure.find_parent("section", class_="speaker")
    if section is not None and section.find("h3") is not None:
        return _text(section.find("h3"))
    return page_title


def html_entry(path: Path) -> dict:
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    title = _text(page.find("title"))
    h1 = _text(page.find("h1"))
    quotes = [[span.get("data-speaker"), _text(span)] for span in page.select("span.quote")]
    quotes += [[_quote_speaker(figure, h1), _text(figure.find("blockquote"))]
               for figure in page.select("figure.quote-block")]
    chips = []
    for chip in page.select("a.event-tag"):
        passage = chip.find_parent(id=True)
        chips.append([passage.get("id") if passage is not None else None, _text(chip), chip.get("href")])
    return {
        "title": title,
        "headings": [_text(h) for h in page.select("h1, h2, h3")],
        "links": sorted({a["href"] for a in page.find_all("a", href=True)}),
        "quotes": quotes,
        "event_chips": chips,
    }


def feed_entry(path: Path) -> dict:
    root = ElementTree.parse(path).getroot()
    if root.tag == f"{_ATOM}feed":
        return {"title": root.findtext(f"{_ATOM}title"),
                "entries": [[e.findtext(f"{_ATOM}id"), e.findtext(f"{_ATOM}title")] for e in root.iter(f"{_ATOM}entry")]}
    channel = root.find("channel")  # RSS
    return {"title": channel.findtext("title") if channel is not None else None,
            "entries": [[i.findtext("guid"), i.findtext("title")] for i in root.iter("item")]}


def manifest(site: Path) -> dict:
    """The manifest of the site built into `site`."""
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    files = [f for f in files if not (f.startswith("pagefind/") and _HASHED.search(f))]
    pages, api, feeds = {}, {}, {}
    for name in files:
        path = site / name
        if name.endswith(".html") and not name.startswith(("pagefind/", "theme/")):
            pages[name] = html_entry(path)
        elif name.startswith("api/") and name.endswith(".json"):
            api[name] = json.loads(path.read_text(encoding="utf-8"))
        elif name.endswith((".atom.xml", ".rss.xml")):
            feeds[name] = feed_entry(path)
    sitemap = []
    if (site / "sitemap.xml").exists():
        sitemap = [loc.text for loc in ElementTree.parse(site / "sitemap.xml").getroot().iter()
                   if loc.tag.endswith("loc")]
    return {"files": files, "pages": pages, "api": api, "feeds": feeds, "sitemap": sitemap}


def dumps(data, indent: str = "") -> str:
    """One stable text form: sorted keys, a short list of plain values on one line, everything else one
    item per line, so that the file stays small and a diff names the page and field that changed."""
    inner = indent + " "
    if isinstance(data, dict) and data:
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {dumps(v, inner)}" for k, v in sorted(data.items())]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}" + ("\n" if not indent else "")
    if isinstance(data, list) and data:
        flat = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if len(flat) <= 100 or all(not isinstance(v, (dict, list)) for v in data) and len(data) <= 3:
            return flat + ("\n" if not indent else "")
        items = [f"{inner}{dumps(v, inner)}" for v in data]
        return "[\n" + ",\n".join(items) + f"\n{indent}]" + ("\n" if not indent else "")
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + ("\n" if not indent else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site (the output folder)")
    parser.add_argument("--write", type=Path, help="write the manifest to this file instead of printing it")
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"{args.site}: not a folder; build the site first (digest build --output DIR)", file=sys.stderr)
        return 2
    text = dumps(manifest(args.site))
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
