"""Make plugins/.../data/given_names.txt.gz: given names that nearly always belong to one gender.

Derived from the name data of nomquamgender 0.1.4 (MIT, (c) 2022 Ian Van Buskirk;
https://github.com/ianvanbuskirk/nomquamgender), which pools counts of given names by gender
from many countries' sources. Kept: alphabetic lower-case names seen at least 100 times whose
share of one gender is at least 95%. The package is not a dependency: the build reads the
small derived file, and this script is how it was made (`pip install nomquamgender==0.1.4`
in a scratch environment, then run it).

usage: python scripts/given_names.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "plugins/pelican/plugins/news_digest/data/given_names.txt.gz"
MIN_COUNT, MIN_SHARE = 100, 0.95


def main() -> None:
    spec = importlib.util.find_spec("nomquamgender")  # found, not imported: its own imports are not needed
    if spec is None or spec.origin is None:
        raise SystemExit("nomquamgender is not installed: pip install nomquamgender==0.1.4 (in a scratch venv)")
    with open(Path(spec.origin).parent / "name_data.json", encoding="utf-8") as file:
        data = json.load(file)
    female, male = [], []
    for name, (_sources, count, female_share, *_rest) in data.items():
        if name.isalpha() and name.islower() and count >= MIN_COUNT:
            if female_share >= MIN_SHARE:
                female.append(name)
            elif female_share <= 1 - MIN_SHARE:
                male.append(name)
    text = f"f {' '.join(sorted(female))}\nm {' '.join(sorted(male))}\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as file:  # the same bytes each time it is made
        file.write(text.encode("utf-8"))
    print(f"{OUT}: {len(female)} female and {len(male)} male given names")


if __name__ == "__main__":
    main()
