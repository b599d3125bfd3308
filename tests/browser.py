"""Where the system Chromium is; the suite never downloads a browser."""

import os
from pathlib import Path

CHROMIUM_PATH = os.environ.get("WIJKWERK_CHROMIUM", "/usr/bin/chromium")

# Flags for a headless run on a closed network (no first-run, no background fetches).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_available() -> bool:
    return Path(CHROMIUM_PATH).is_file() and os.access(CHROMIUM_PATH, os.X_OK)
