"""Which stored fields hold free text the guard checks.

A model lists them in a ``privacy_fields`` class attribute (a JSON field of answers counts with
every text in it). The scan command reads this; the privacy package never imports the apps.
"""

from collections.abc import Iterable, Iterator


def guarded_fields(models: Iterable[type]) -> Iterator[tuple[type, tuple[str, ...]]]:
    for model in models:
        fields = tuple(getattr(model, "privacy_fields", ()))
        if fields:
            yield model, fields
