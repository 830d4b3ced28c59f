"""A smoke run of `make bench`: the benchmark keeps working (it prints numbers; nothing here is timed)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_benchmark_smoke_run(tmp_path):
    output = tmp_path / "results.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench/run.py"), "--sizes", "30", "--megabytes", "0.1", "--matching-articles", "30",
                             "--output", str(output)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    [build] = data["builds"]
    assert build["articles"] == 30
    for key in ("plain_pelican", "full", "full_without_search", "rebuild_unchanged", "rebuild_one_added",
                "full_few_events"):
        assert build[key]["seconds"] > 0 and build[key]["max_rss_mb"] > 0
    assert build["pagefind_on_plain"]["children_max_rss_mb"] > 0 and build["peer_seconds"] > build["plain_pelican"]["seconds"]
    assert build["events"] == 10 + 3 and build["full_few_events"]["events"] == 10  # seed events, and N/10 synthetic ones
    assert len(build["full_few_events"]["runs"]) == 2 and len(build["full_many_events_runs"]) == 2  # interleaved
    assert build["events_ratio"] == round(min(build["full_many_events_runs"]) / build["full_few_events"]["seconds"], 2)
    assert [row["events"] for row in data["matching"]] == [10, 100, 1000]
    assert all(row["mb_per_second"] > 0 and row["event_matches"] > 0 for row in data["matching"])
    assert build["full"]["children_max_rss_mb"] > 0 and build["full"]["pagefind_max_rss_mb"] > 0  # Pagefind ran
    assert data["extraction"]["mb_per_second"] > 0
    assert "+Pagefind" in result.stdout and "quote extraction" in result.stdout and "term matching" in result.stdout
