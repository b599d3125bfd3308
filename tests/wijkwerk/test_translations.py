"""The UI is Dutch: every msgid in the code and templates must have a Dutch translation."""

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def parse_po(path: Path) -> dict[str, tuple[str, bool]]:
    """msgid -> (msgstr, fuzzy), with plural forms folded into the first msgstr."""
    entries: dict[str, tuple[str, bool]] = {}
    msgid = msgstr = None
    fuzzy = next_fuzzy = False
    field = None
    context = ""

    def flush():
        if msgid:
            entries[context + msgid] = (msgstr or "", fuzzy)

    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if line.startswith("#,") and "fuzzy" in line:
            next_fuzzy = True
        elif line.startswith("msgctxt "):
            flush()
            msgid = msgstr = None
            context, field = _unquote(line[8:]) + "\x04", "ctx"
        elif line.startswith("msgid "):
            if field != "ctx":
                flush()
                context = ""
            msgid, msgstr, field, fuzzy, next_fuzzy = (
                _unquote(line[6:]),
                None,
                "id",
                next_fuzzy,
                False,
            )
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith("msgstr"):
            value = _unquote(line.split(" ", 1)[1])
            if msgstr is None:
                msgstr, field = value, "str"
            else:
                field = "other"
        elif line.startswith('"'):
            if field == "id":
                msgid += _unquote(line)
            elif field == "str":
                msgstr += _unquote(line)
            elif field == "ctx":
                context = context[:-1] + _unquote(line) + "\x04"
    flush()
    return entries


def _unquote(text: str) -> str:
    return text.strip()[1:-1]


def test_every_msgid_has_a_dutch_translation():
    entries = parse_po(PO)
    missing = [msgid for msgid, (msgstr, _fuzzy) in entries.items() if not msgstr]
    fuzzy = [msgid for msgid, (_msgstr, is_fuzzy) in entries.items() if is_fuzzy]
    assert not missing, f"{len(missing)} msgids without Dutch translation, e.g. {missing[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy translations, e.g. {fuzzy[:10]}"


def test_the_compiled_catalogue_matches_the_po_file():
    """The committed .mo holds exactly the translations of the .po (run make messages)."""
    assert MO.exists(), "locale/nl/LC_MESSAGES/django.mo is missing: run make messages"
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [
        msgid
        for msgid, (msgstr, fuzzy) in parse_po(PO).items()
        if not fuzzy and "\x04" not in msgid and compiled.gettext(_decode(msgid)) != _decode(msgstr)
    ]
    assert not stale, f"django.mo is older than django.po, e.g. {stale[:5]}: run make messages"


def _decode(text: str) -> str:
    """Undo the .po escapes (\\n, \\", \\\\)."""
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), text)


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext is not installed")
def test_the_catalogue_contains_every_msgid_of_the_code(tmp_path):
    """Run makemessages on a copy of the sources and catalogue: no untranslated msgid may appear."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "vendor")
    for name in (
        "wijkwerk",
        "activities",
        "situations",
        "advice",
        "reflections",
        "templates",
        "locale",
    ):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp_path / name, ignore=ignore)
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    env = {"DJANGO_DEBUG": "1", "PATH": "/usr/bin:/bin:/usr/local/bin", "PYTHONPATH": str(tmp_path)}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "nl", "--no-obsolete"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    fresh = parse_po(tmp_path / "locale" / "nl" / "LC_MESSAGES" / "django.po")
    missing = sorted(msgid for msgid, (msgstr, fuzzy) in fresh.items() if not msgstr or fuzzy)
    assert not missing, f"msgids in the code without Dutch translation: {missing[:15]}"
