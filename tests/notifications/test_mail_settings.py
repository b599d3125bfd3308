"""E-mail settings come from the environment: the console while developing, SMTP otherwise,
and the links in e-mails point at the site."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROD_ENV = {
    "PATH": os.environ.get("PATH", ""),
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Kp2vQ9" * 6,
    "DJANGO_ALLOWED_HOSTS": "wijkwerk.example.nl,www.wijkwerk.example.nl",
}
SHOW = (
    "import json; from django.conf import settings; print(json.dumps("
    "[settings.MAILERS, settings.WIJKWERK_BASE_URL, settings.DEFAULT_FROM_EMAIL]))"
)


def settings_with(**env):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", SHOW],
        cwd=ROOT,
        env={**PROD_ENV, **env},
        capture_output=True,
        text=True,
    )
    return result


def test_production_sends_by_smtp_with_the_environment_and_links_to_the_first_host():
    result = settings_with(
        EMAIL_HOST="smtp.example.nl",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="wijkwerk",
        EMAIL_HOST_PASSWORD="geheim",
        EMAIL_USE_TLS="1",
        DEFAULT_FROM_EMAIL="Wijkwerk <noreply@example.nl>",
    )
    assert result.returncode == 0, result.stderr
    mailers, base_url, from_email = json.loads(result.stdout)
    default = mailers["default"]
    assert default["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert default["OPTIONS"]["host"] == "smtp.example.nl"
    assert default["OPTIONS"]["port"] == 587
    assert default["OPTIONS"]["use_tls"] is True
    assert default["OPTIONS"]["password"] == "geheim"
    assert base_url == "https://wijkwerk.example.nl"
    assert from_email == "Wijkwerk <noreply@example.nl>"


def test_development_prints_mail_and_the_base_url_can_be_set():
    result = settings_with(DJANGO_DEBUG="1", WIJKWERK_BASE_URL="https://test.example.nl/")
    assert result.returncode == 0, result.stderr
    mailers, base_url, _from = json.loads(result.stdout)
    assert mailers == {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    assert base_url == "https://test.example.nl"


def test_tls_and_ssl_together_are_refused():
    result = settings_with(EMAIL_USE_TLS="1", EMAIL_USE_SSL="1")
    assert result.returncode != 0
    assert "EMAIL_USE_TLS or EMAIL_USE_SSL" in result.stderr
