"""`make test`: the whole suite on SQLite, then again on a throwaway PostgreSQL cluster when the
server binaries are installed. Whatever could not run is reported loudly at the end.

With WIJKWERK_REQUIRE_ALL=1 (CI) a missing PostgreSQL or Chromium is a failure, not a skip.
"""

import os
import subprocess
import sys

from tests.browser import CHROMIUM_PATH, chromium_available
from tests.pgcluster import find_pg_bin, throwaway_cluster

BANNER = "=" * 72


def pytest(label: str, extra_env: dict[str, str]) -> int:
    print(f"\n{BANNER}\n  Test run: {label}\n{BANNER}", flush=True)
    env = {**os.environ, **extra_env}
    args = sys.argv[1:]
    if not any(arg.startswith("-n") for arg in args) and "benchmarks" not in args:
        args = ["-n", "auto", *args]  # one worker per core; each gets its own test database
    return subprocess.run([sys.executable, "-m", "pytest", *args], env=env).returncode


def main() -> int:
    require_all = os.environ.get("WIJKWERK_REQUIRE_ALL") == "1"
    results: list[tuple[str, str]] = []
    not_run: list[str] = []

    if not chromium_available():
        not_run.append(
            f"Browser tests: Chromium not found at {CHROMIUM_PATH} (apt install chromium)"
        )

    code = pytest("SQLite", {"DATABASE_URL": ""})
    results.append(("SQLite", "passed" if code == 0 else f"FAILED (exit {code})"))

    pg_bin = find_pg_bin()
    if pg_bin is None:
        not_run.append("PostgreSQL run: no initdb found (apt install postgresql)")
    else:
        with throwaway_cluster(pg_bin) as url:
            pg_code = pytest(f"PostgreSQL ({pg_bin})", {"DATABASE_URL": url})
        results.append(("PostgreSQL", "passed" if pg_code == 0 else f"FAILED (exit {pg_code})"))
        code = code or pg_code

    print(f"\n{BANNER}\n  Summary\n{BANNER}")
    for label, outcome in results:
        print(f"  {label:<12} {outcome}")
    if not_run:
        print("\n  !!! NOT RUN — this machine lacks what these need:")
        for line in not_run:
            print(f"  !!!   {line}")
        if require_all:
            print("  !!! WIJKWERK_REQUIRE_ALL=1: counting this as a failure.")
            code = code or 1
    print(BANNER)
    return code


if __name__ == "__main__":
    sys.exit(main())
