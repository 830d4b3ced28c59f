"""A smoke run of `make bench`: the benchmark keeps working (it prints numbers; nothing here is timed)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_benchmark_smoke_run(tmp_path):
    output = tmp_path / "results.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench/run.py"), "--sizes", "30", "--megabytes", "0.1",
                             "--output", str(output)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    [build] = data["builds"]
    assert build["articles"] == 30
    for key in ("plain_pelican", "full", "full_without_search", "rebuild_unchanged", "rebuild_one_added"):
        assert build[key]["seconds"] > 0 and build[key]["max_rss_mb"] > 0
    assert build["full"]["children_max_rss_mb"] > 0 and build["full"]["pagefind_max_rss_mb"] > 0  # Pagefind ran
    assert data["extraction"]["mb_per_second"] > 0
    assert "plain s" in result.stdout and "quote extraction" in result.stdout
