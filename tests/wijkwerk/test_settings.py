import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from wijkwerk.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]
PROD_ENV = {
    "PATH": os.environ.get("PATH", ""),
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Kp2vQ9" * 6,
    "DJANGO_ALLOWED_HOSTS": "wijkwerk.example.nl",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PROD_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_outside_debug():
    env = {k: v for k, v in PROD_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_production_pages_carry_a_strict_csp_and_hsts(client, db, settings):
    response = client.get("/gezondheid/", secure=True)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("Yes", True), ("0", False), ("off", False)]
)
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("WW_FLAG", raw)
    assert env_bool("WW_FLAG", not expected) is expected


def test_env_bool_rejects_garbage(monkeypatch):
    monkeypatch.setenv("WW_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="WW_FLAG"):
        env_bool("WW_FLAG", False)


def test_env_int_and_list(monkeypatch):
    monkeypatch.setenv("WW_NUM", "42")
    monkeypatch.setenv("WW_HOSTS", "a.nl, b.nl,,")
    assert env_int("WW_NUM", 1) == 42
    assert env_list("WW_HOSTS", []) == ["a.nl", "b.nl"]
    monkeypatch.setenv("WW_NUM", "veel")
    with pytest.raises(ImproperlyConfigured):
        env_int("WW_NUM", 1)


def test_a_local_env_file_fills_in_but_never_overrides(tmp_path, monkeypatch):
    from wijkwerk.env import load_env_file

    env_file = tmp_path / ".env"
    env_file.write_text("# dev\nWW_ONE=1\nWW_TWO='twee'\n\nWW_SET=from-file\n", encoding="utf-8")
    monkeypatch.delenv("WW_ONE", raising=False)
    monkeypatch.delenv("WW_TWO", raising=False)
    monkeypatch.setenv("WW_SET", "from-environment")
    load_env_file(env_file)
    assert (os.environ["WW_ONE"], os.environ["WW_TWO"]) == ("1", "twee")
    assert os.environ["WW_SET"] == "from-environment"
    load_env_file(tmp_path / "missing.env")  # no file: nothing happens


def test_database_url_selects_postgresql_with_the_native_pool():
    env = {
        **PROD_ENV,
        "DATABASE_URL": "postgres://ww:geheim@db.example:5432/wijkwerk",
        "DATABASE_POOL_MAX": "8",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from wijkwerk import settings as s; d = s.DATABASES['default']; "
            "print(d['ENGINE'], d['NAME'], d['HOST'], d['OPTIONS']['pool'])",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 3)[:3] == [
        "django.db.backends.postgresql",
        "wijkwerk",
        "db.example",
    ]
    assert "'max_size': 8" in result.stdout


def test_make_check_deploy_passes():
    """The Makefile's own deployment check: it generates a key long enough for Django."""
    # The browser tests allow async-unsafe calls in this process; a deployment never does.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        ["make", "--no-print-directory", "check-deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
