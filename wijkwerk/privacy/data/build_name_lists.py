"""Rebuild first_names.txt, surnames.txt and common_words.txt from deduce's curated lists.

Run it by hand with deduce installed in a throw-away virtualenv (it is not a dependency of
Wijkwerk: its full pipeline costs about 1.1 GB of memory per process, see the README):

    python -m venv /tmp/deduce && /tmp/deduce/bin/pip install deduce==3.0.6
    /tmp/deduce/bin/python wijkwerk/privacy/data/build_name_lists.py

Each list is deduce's items minus deduce's own exceptions, one entry per line, sorted. The
common words (deduce's stop words and everyday words) keep a capitalised word at the start of a
sentence ("De", "Els") from being read as a first name.
"""

from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = files("deduce") / "data" / "lookup" / "src"


def read(relative: str) -> set[str]:
    path = SOURCE / relative
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def write(name: str, names: set[str]) -> None:
    (HERE / name).write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


first_names = read("names/lst_first_name/items.txt") - read("names/lst_first_name/exceptions.txt")
surnames = (read("names/lst_surname/items.txt") | read("names/lst_interfix_surname/items.txt")) - (
    read("names/lst_surname/exceptions.txt") | read("names/lst_interfix_surname/exceptions.txt")
)
common_words = (
    read("whitelist/lst_stop_word/items.txt") | read("whitelist/lst_common_word/items.txt")
) - read("whitelist/lst_common_word/exceptions.txt")
write("first_names.txt", first_names)
write("surnames.txt", surnames)
write("common_words.txt", common_words)
print(f"{len(first_names)} first names, {len(surnames)} surnames, {len(common_words)} common words")
