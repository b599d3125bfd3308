"""Benchmark of the free-text helper (advice.text): speed of one analysis and the cost of the
first one in a fresh process.

Run with `make benchmark` or `pytest benchmarks/test_text_benchmark.py -s` (not part of
`make test`: it measures, it does not judge). Prints:
- the median analyse() time for 2,000 characters, warm (target <= 10 ms);
- the cold start in a fresh subprocess: time and RSS memory added by the first analyse, which
  loads the simplemma Dutch dictionary (target <= 1 s).
Pure Python: no database needed.
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from advice.text import analyse, vocabulary_from_fixture
from tests.advice.descriptions import CASES

ROOT = Path(__file__).resolve().parents[1]
RUNS = 50
CHARS = 2_000


def _vocabulary():
    return vocabulary_from_fixture(
        json.loads((ROOT / "fixtures" / "vocabulary.json").read_text("utf-8"))
    )


def _text(chars: int = CHARS) -> str:
    text = ""
    for case in CASES:
        text += case.text + "\n"
        if len(text) >= chars:
            break
    return text[:chars]


def test_median_analyse_time_for_2000_characters():
    vocab = _vocabulary()
    text = _text()
    analyse(text, vocab)  # warm: dictionary loaded, vocabulary compiled
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        analyse(text, vocab)
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    # Fresh words every run: the per-word caches do not help.
    fresh = []
    for n in range(RUNS):
        variant = text.replace("e", "e", n % 3) + f" woord{n}x"
        start = time.perf_counter()
        analyse(variant, vocab)
        fresh.append(time.perf_counter() - start)
    print(
        f"\nanalyse() on {len(text)} characters: median {median:.2f} ms warm, "
        f"{statistics.median(fresh) * 1000:.2f} ms with new text, max {max(times) * 1000:.2f} ms"
    )
    assert median <= 10


# RSS from /proc (ru_maxrss would carry the parent's peak over the exec).
COLD = r"""
import json, sys, time
def rss():
    with open("/proc/self/status") as status:
        return {k: int(v.split()[0]) / 1024 for k, v in (l.split(":", 1) for l in status) if k in ("VmRSS", "VmHWM")}
t0 = time.perf_counter()
import advice.text as text
t1 = time.perf_counter()
vocab = text.vocabulary_from_fixture(json.load(open("fixtures/vocabulary.json", encoding="utf-8")))
before = rss()
t2 = time.perf_counter()
text.analyse(sys.argv[1], vocab)
t3 = time.perf_counter()
after = rss()
print(json.dumps({"import": t1 - t0, "first": t3 - t2, "rss_before": before["VmRSS"],
                  "rss_after": after["VmRSS"], "peak": after["VmHWM"]}))
"""


def test_cold_start_in_a_fresh_process():
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", COLD, _text()],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        runs.append(json.loads(out.stdout))
    first = statistics.median(r["first"] for r in runs)
    imported = statistics.median(r["import"] for r in runs)
    added = statistics.median(r["rss_after"] - r["rss_before"] for r in runs)
    peak = statistics.median(r["peak"] - r["rss_before"] for r in runs)
    print(
        f"\ncold start: import advice.text {imported * 1000:.0f} ms; first analyse {first:.2f} s "
        f"(loads the lemmatizer); memory added {added:.0f} MB RSS, peak {peak:.0f} MB "
        f"(process {statistics.median(r['rss_after'] for r in runs):.0f} MB)"
    )
    assert first <= 1.0
