"""Benchmark of the personal-data guard (wijkwerk.privacy.guard.scan): what it adds to a save of
2,000 characters, and its cold start in a fresh process.

Run with `make benchmark` or `pytest benchmarks/test_privacy_benchmark.py -s` (not part of
`make test`). Prints the median scan time for three kinds of 2,000-character text:
- real situation descriptions (the advice test descriptions; target <= 5 ms),
- ordinary notes built to look like personal data (streets with counts, dates, amounts),
- text that is personal data in every sentence (refused anyway; for the record),
and the cold start: import time, first scan (loads the name lists, the simplemma Dutch
dictionary and the phone metadata) and the memory it adds to a process.
Pure Python: no database needed.
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.advice.descriptions import CASES
from tests.privacy import blind_sentences_1, blind_sentences_2
from wijkwerk.privacy.guard import scan

ROOT = Path(__file__).resolve().parents[1]
RUNS = 60
CHARS = 2_000


def _fill(sentences) -> str:
    text = ""
    while len(text) < CHARS:
        for sentence in sentences:
            text += sentence + " "
    return text[:CHARS]


TEXTS = {
    "descriptions": _fill([case.text for case in CASES]),
    "ordinary, tricky": _fill(blind_sentences_1.ORDINARY + blind_sentences_2.ORDINARY),
    "personal data in every sentence": _fill(
        [text for _kind, text in blind_sentences_1.PERSONAL + blind_sentences_2.PERSONAL]
    ),
}


def _median_ms(text: str) -> float:
    scan(text)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        scan(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_median_scan_time_for_2000_characters():
    medians = {label: _median_ms(text) for label, text in TEXTS.items()}
    print()
    for label, median in medians.items():
        print(f"scan() on {CHARS} characters, {label}: median {median:.2f} ms")
    assert medians["descriptions"] <= 5


COLD = r"""
import json, sys, time
def rss():
    with open("/proc/self/status") as status:
        return {k: int(v.split()[0]) / 1024 for k, v in (l.split(":", 1) for l in status) if k in ("VmRSS", "VmHWM")}
before = rss()
t0 = time.perf_counter()
from wijkwerk.privacy.guard import scan
t1 = time.perf_counter()
scan(sys.argv[1])
t2 = time.perf_counter()
after = rss()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "rss_before": before["VmRSS"],
                  "rss_after": after["VmRSS"]}))
"""


def test_cold_start_in_a_fresh_process():
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", COLD, TEXTS["descriptions"]],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        runs.append(json.loads(out.stdout))
    imported = statistics.median(r["import"] for r in runs)
    first = statistics.median(r["first"] for r in runs)
    added = statistics.median(r["rss_after"] - r["rss_before"] for r in runs)
    print(
        f"\ncold start: import the guard {imported * 1000:.0f} ms; first scan {first:.2f} s; "
        f"memory added {added:.0f} MB RSS (of which the simplemma dictionary is shared with "
        "the advice's text understanding)"
    )
    assert first <= 1.5
