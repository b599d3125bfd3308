"""A throwaway PostgreSQL cluster for the test suite: initdb in a temp dir, a free loopback
port, trust authentication, stopped and removed afterwards. No server or password needed.

PostgreSQL refuses to run as root, so when we are root the cluster runs as an unprivileged
user (``nobody`` unless WIJKWERK_PG_USER says otherwise).
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when the server is not installed."""
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def throwaway_cluster(pg_bin: Path) -> Iterator[str]:
    """Start a cluster and yield its DATABASE_URL; always stop it and remove its files."""
    tmp = Path(tempfile.mkdtemp(prefix="wijkwerk-pg-"))
    data, sockets = tmp / "data", tmp / "sock"
    sockets.mkdir()
    port = _free_port()
    preexec = None
    if os.geteuid() == 0:
        account = pwd.getpwnam(os.environ.get("WIJKWERK_PG_USER", "nobody"))
        for path in (tmp, sockets):
            os.chown(path, account.pw_uid, account.pw_gid)

        def preexec():  # noqa: F811 - drop root before PostgreSQL starts
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)

    env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(tmp)}

    def run(*args: str) -> None:
        subprocess.run(
            args,
            check=True,
            env=env,
            preexec_fn=preexec,
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    try:
        run(
            str(pg_bin / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        run(
            str(pg_bin / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(tmp / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        yield f"postgres://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                run(str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(tmp, ignore_errors=True)
