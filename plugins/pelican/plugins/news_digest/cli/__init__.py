"""The `digest` command: the editor's jobs (import, check, build)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..core import DEFAULTS, ContentError, Severity, format_problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="digest", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    imp = commands.add_parser("import", help="turn raw seed text files into content files")
    imp.add_argument("seeds", nargs="+", type=Path, help="seed text files, e.g. seeds/*.txt")
    imp.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"),
                     help="where the content goes: PATH, ARTICLE_PATHS and DIGEST_OUTLETS_FILE (default: pelicanconf.py)")
    imp.add_argument("--content", type=Path, help="content directory (default: the settings' PATH)")
    imp.add_argument("--hints", type=Path, default=Path("seeds/metadata.yaml"),
                     help="editor's facts the seeds do not state (default: seeds/metadata.yaml)")
    imp.add_argument("--force", action="store_true", help="overwrite content files edited since import")

    chk = commands.add_parser("check", help="report every problem in the content, without building")
    chk.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))

    bld = commands.add_parser("build", help="check, then build the site atomically into the output directory")
    bld.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    bld.add_argument("-o", "--output", type=Path, help="output directory (default: the settings' OUTPUT_PATH)")

    srv = commands.add_parser("serve", help="build, serve the output, and rebuild with `digest build` on every change")
    srv.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    srv.add_argument("-o", "--output", type=Path, help="output directory (default: the settings' OUTPUT_PATH)")
    srv.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0: any free port)")
    srv.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    srv.add_argument("--interval", type=float, default=1.0, help="seconds between looks for changes (default: 1)")

    qts = commands.add_parser("quotes", help="print the quotations found in a text or Markdown file, as JSON")
    qts.add_argument("file", type=Path)
    qts.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    qts.add_argument("--people", type=Path,
                     help="people directory for canonical names (default: the settings' DIGEST_PEOPLE_FILE)")

    ppl = commands.add_parser("people", help="list the people quoted in the content")
    ppl.add_argument("--unknown", action="store_true", help="only speakers missing from the people directory")
    ppl.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))

    sug = commands.add_parser("suggest-events", help="group passages no event claims into candidate events")
    sug.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    sug.add_argument("--content", type=Path, help="content directory (default: the settings' PATH)")
    sug.add_argument("--write", type=Path, metavar="DIR",
                     help="also write each draft event file into DIR (e.g. drafts/events; never into content/)")

    evl = commands.add_parser("eval", help="precision and recall of quote extraction against the gold sets")
    evl.add_argument("--gold", type=Path, nargs="+",
                     default=[Path("tests/data/quotes_gold.yaml"), Path("tests/data/quotes_heldout.yaml"),
                              Path("tests/data/quotes_heldout_styles.yaml"), Path("tests/data/quotes_heldout_news2.yaml"),
                              Path("tests/data/quotes_heldout_news3.yaml"), Path("tests/data/quotes_heldout_news4.yaml"),
                              Path("tests/data/quotes_heldout_news5.yaml"), Path("tests/data/quotes_heldout_news6.yaml"),
                              Path("tests/data/quotes_heldout_news7.yaml"),
                              Path("tests/data/quotes_heldout_news8.yaml"),
                              Path("tests/data/quotes_heldout_news9.yaml"),
                              Path("tests/data/quotes_heldout_news10.yaml"),
                              Path("tests/data/quotes_heldout_news11.yaml"),
                              Path("tests/data/quotes_heldout_news12.yaml"),
                              Path("tests/data/quotes_heldout_news13.yaml"),
                              Path("tests/data/quotes_heldout_news14.yaml")])
    evl.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    evl.add_argument("--content", type=Path, help="content directory (default: the settings' PATH)")
    evl.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"),
                     help="folder of PolNeAR's dev.jsonl (read where it lies, never copied; skipped when absent)")
    evl.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")

    args = parser.parse_args(argv)
    runners = {"import": run_import, "check": run_check, "build": run_build, "serve": run_serve, "quotes": run_quotes,
               "people": run_people, "eval": run_eval, "suggest-events": run_suggest_events}
    try:
        return runners[args.command](args)
    except ContentError as error:
        print(format_problems(error.problems), file=sys.stderr)
        print("digest: nothing was written; fix the errors above and run the command again", file=sys.stderr)
        return 1


def run_import(args) -> int:
    from .importing import import_seeds  # noqa: PLC0415

    from pelican.settings import DEFAULT_CONFIG, get_settings_from_file  # noqa: PLC0415

    # The content folder may not exist yet (a first import): the settings are read, not validated.
    settings = get_settings_from_file(str(args.settings)) if args.settings.exists() else dict(DEFAULT_CONFIG)
    content = args.content or _near(args.settings.parent / settings["PATH"])
    articles = content / ((settings.get("ARTICLE_PATHS") or [""])[0])
    outlets = content / settings.get("DIGEST_OUTLETS_FILE", DEFAULTS["DIGEST_OUTLETS_FILE"])
    results = import_seeds(args.seeds, articles, args.hints, outlets, force=args.force)
    kept = 0
    for result in results:
        print(f"{result.status:>14}  {result.target}  ({len(result.dropped)} boilerplate lines dropped)")
        kept += result.status == "kept (edited)"
    if kept:
        print(f"digest: {kept} file(s) were edited after import and were kept; use --force to overwrite them",
              file=sys.stderr)
    return 0


def run_check(args) -> int:
    from .building import load_settings  # noqa: PLC0415
    from .checking import check_content  # noqa: PLC0415

    problems = check_content(load_settings(args.settings), deep=True)
    print(format_problems(problems))
    return 1 if any(p.severity is Severity.ERROR for p in problems) else 0


def run_build(args) -> int:
    from pelican import log  # noqa: PLC0415
    from rich.console import Console  # noqa: PLC0415
    from rich.logging import RichHandler  # noqa: PLC0415

    from .building import BuildInterrupted, build_site  # noqa: PLC0415
    from .progress import BuildProgress  # noqa: PLC0415

    log.init(level=logging.WARNING, fatal="errors", handler=RichHandler(console=Console(stderr=True)))
    # The plugins' warnings repeat what `check` found before the build; it prints them once.
    for stage in ("core.pipeline", "reading"):
        logging.getLogger(f"pelican.plugins.news_digest.{stage}").setLevel(logging.ERROR)
    try:
        with BuildProgress() as progress:
            output, problems = build_site(args.settings, args.output, progress=progress.search_indexed)
    except RuntimeError as error:  # Pelican's fatal logger: the message was logged above
        print(f"digest: build failed ({error}); the published site was left as it was", file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, a read-only folder: one line, not a traceback
        from .filesystem import explain_os_error  # noqa: PLC0415

        print(explain_os_error(error, args.output or "the output folder (OUTPUT_PATH)"), file=sys.stderr)
        return 1
    except (BuildInterrupted, KeyboardInterrupt) as signal_name:
        print(f"digest: build interrupted ({signal_name or 'SIGINT'}); the published site was left as it was",
              file=sys.stderr)
        return 130
    if problems:
        print(format_problems(problems), file=sys.stderr)
    print(f"digest: site built into {output}")
    return 0


def run_serve(args) -> int:
    """`make devserver`: each rebuild is `digest build` itself (checks, atomic swap), in a new process so that
    edited plugin code counts too; a failed build leaves the served site as it was."""
    import functools  # noqa: PLC0415
    import http.server  # noqa: PLC0415
    import signal  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    from .building import load_settings  # noqa: PLC0415

    settings = load_settings(args.settings)
    output = Path(args.output or settings["OUTPUT_PATH"]).resolve()
    project = args.settings.resolve().parent
    watched = [Path(settings["PATH"]), Path(settings["THEME"]), Path(__file__).resolve().parent.parent,
               *map(Path, settings.get("PLUGIN_PATHS", []))]
    build = [sys.executable, "-c", "import sys; from pelican.plugins.news_digest.cli import main; sys.exit(main(sys.argv[1:]))",
             "build", "--settings", str(args.settings), "--output", str(output)]

    def state() -> dict:
        """Every watched file's size and modification time (the settings files too)."""
        files = [*project.glob("*.py")]
        for root in watched:
            files += [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and not p.name.startswith(".") and not p.resolve().is_relative_to(output)]
        return {str(p): (s.st_mtime_ns, s.st_size) for p in files if (s := _stat(p))}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    output.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer((args.bind, args.port),
                                             functools.partial(Handler, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    signal.signal(signal.SIGTERM, _stop)
    try:
        print(f"digest: serving {output} at http://{args.bind}:{server.server_address[1]}/ "
              "(rebuilt on every change; Ctrl-C to stop)", flush=True)
        seen = state()
        subprocess.run(build, cwd=project)
        while True:
            time.sleep(args.interval)
            now = state()
            if now == seen:
                continue
            seen = now
            print("digest: change seen, rebuilding", flush=True)
            subprocess.run(build, cwd=project)
    except KeyboardInterrupt:
        return 0
    finally:
        server.shutdown()


def _stop(signum, frame):
    raise KeyboardInterrupt  # SIGTERM ends `digest serve` as Ctrl-C does: the running build is stopped too


def _stat(path: Path):
    try:
        return path.stat()
    except OSError:  # removed meanwhile
        return None


def run_quotes(args) -> int:
    import json  # noqa: PLC0415

    from types import SimpleNamespace  # noqa: PLC0415

    from ..core.files import editor_files  # noqa: PLC0415
    from ..quotes import extract_article_quotes  # noqa: PLC0415
    from ..quotes.people import PeopleDirectory, load_people  # noqa: PLC0415
    from ..quotes.text import passages_from_text  # noqa: PLC0415

    raw = args.file.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        print(f"{args.file}: not valid UTF-8 at byte {error.start}; convert it to UTF-8", file=sys.stderr)
        return 1
    settings = site_settings(args) if args.settings.exists() else {}
    if args.people:
        people = load_people(args.people)[0] if args.people.exists() else []
    else:
        people = editor_files(settings).people if settings else ()
    located = passages_from_text(text)
    offsets = {passage.id: offset for passage, offset in located}
    file = SimpleNamespace(slug=args.file.stem, file=str(args.file), passages=tuple(p for p, _ in located))
    [quotes], problems = extract_article_quotes([file], PeopleDirectory(list(people)), settings)  # the build's stage
    if problems:
        raise ContentError(problems)
    found = []
    for quote in quotes:
        start = offsets[quote.passage] + quote.start
        found.append({"text": quote.text, "speaker": quote.speaker.name if quote.speaker else None,
                      "role": quote.speaker.role if quote.speaker else None, "start": start,
                      "end": offsets[quote.passage] + quote.end, "paragraph": quote.passage, "why": quote.how})
    print(json.dumps(found, ensure_ascii=False, indent=1))
    return 0


def run_people(args) -> int:
    from .building import load_settings  # noqa: PLC0415
    from .people_report import speakers_report  # noqa: PLC0415

    rows = speakers_report(load_settings(args.settings), unknown_only=args.unknown)
    for name, kind, count, files in rows:
        print(f"{count:4d}  {name}  ({kind}; in {', '.join(files)})")
    if args.unknown:
        print(f"{len(rows)} speaker(s) not in people.yaml; add them with their roles and aliases", file=sys.stderr)
    return 0


def run_suggest_events(args) -> int:
    from .suggesting import suggestions_for  # noqa: PLC0415

    settings = site_settings(args)
    content = Path(settings["PATH"]).resolve()
    if args.write and args.write.resolve().is_relative_to(content):
        print(f"digest: drafts must not go into the content folder {content} (they would be published); "
              "choose another directory", file=sys.stderr)
        return 2
    suggestions = suggestions_for(settings)
    for number, suggestion in enumerate(suggestions, start=1):
        print(f"## Candidate {number}: {', '.join(suggestion.terms[:5])} "
              f"({suggestion.start} – {suggestion.end}, {len(suggestion.passages)} passages)")
        for article, passage, text in suggestion.passages:
            print(f"  - {article}#{passage}: {text[:110]}{'…' if len(text) > 110 else ''}")
        print("  Draft event file:")
        print("    " + suggestion.draft().replace("\n", "\n    ").rstrip())
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{suggestion.slug}.yaml").write_text(suggestion.draft(), encoding="utf-8")
    if not suggestions:
        print("No candidate events: every passage belongs to an event or stands alone.")
    elif args.write:
        events = content / settings.get("DIGEST_EVENTS_DIR", DEFAULTS["DIGEST_EVENTS_DIR"])
        print(f"Drafts written to {args.write}/. To accept one, edit it and move it into {events}/.")
    return 0


def _near(path: Path) -> Path:
    """`path` relative to the working directory when it lies inside it (as the editor typed it)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def site_settings(args) -> dict:
    """The settings named by --settings (Pelican's defaults when the file is absent), PATH set by --content."""
    from pelican.settings import read_settings  # noqa: PLC0415

    content = getattr(args, "content", None)
    override = {"PATH": str(content.resolve())} if content else {}
    return read_settings(str(args.settings) if args.settings.exists() else None, override=override)


def run_eval(args) -> int:
    from .evaluating import run  # noqa: PLC0415

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
