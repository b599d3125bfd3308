"""The advice engine's reason codes in plain Dutch (through gettext), for pages and JSON."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from advice.engine import Reason

# A contra-indication condition as the end of "Check first: …" / "Not now: …".
CONDITION_LABELS = {
    "care_need": gettext_lazy("someone involved has a care need"),
    "crime": gettext_lazy("a crime or discriminatory act was committed"),
    "not_addressable": gettext_lazy("the parties cannot be spoken to"),
    "acute_threat": gettext_lazy("there is an acute threat"),
    "no_consent": gettext_lazy("the resident has not agreed"),
    "target_group": gettext_lazy("this target group is involved"),
}


def in_sentence(name: str) -> str:
    """A vocabulary name inside a sentence: the first letter in lower case, but abbreviations
    ("LVB", "GGZ", "GGD'er") keep their capitals wherever they stand."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[:2].isupper():
        return name
    return name[:1].lower() + name[1:]


def render_reason(reason: Reason, names: dict[str, str]) -> str:
    """One reason as a sentence; ``names`` maps slugs to the names in the vocabulary."""
    params = dict(reason.params)

    def name(key):
        return names.get(params[key], params[key])

    match reason.code:
        case "fit_recommended":
            return _("fits %(level)s: %(reason)s") % {
                "level": in_sentence(name("level")),
                "reason": params["reason"],
            }
        case "fit_conditional":
            return _("fits %(level)s under a condition: %(reason)s") % {
                "level": in_sentence(name("level")),
                "reason": params["reason"],
            }
        case "fit_neutral":
            return _("fits every level alike")
        case "look_first":
            return _("the level is not certain yet: look closely first, before you act")
        case "situation_type":
            return _("made for this type of situation: %(type)s") % {
                "type": in_sentence(name("situation_type"))
            }
        case "goal":
            return _("fits your goal: %(goal)s") % {"goal": in_sentence(name("goal"))}
        case "route":
            return _("works on what %(level)s usually needs: %(goal)s") % {
                "level": in_sentence(name("level")),
                "goal": in_sentence(name("goal")),
            }
        case "priority":
            return _("at %(level)s safety comes first; this helps to %(goal)s") % {
                "level": in_sentence(name("level")),
                "goal": in_sentence(name("goal")),
            }
        case "target_group":
            return _("meant for: %(group)s") % {"group": name("target_group")}
        case "practice":
            return _practice(params)
        case "check_first":
            return _("check first whether %(condition)s: %(reason)s") % {
                "condition": CONDITION_LABELS.get(params["condition"], params["condition"]),
                "reason": params["reason"],
            }
    raise ValueError(f"Unknown reason code {reason.code!r}")


def _practice(params) -> str:
    if params["scope"] == "level_type":
        text = ngettext(
            "worked %(worked)s of %(total)s time for colleagues at the same level and type "
            "of situation",
            "worked %(worked)s of %(total)s times for colleagues at the same level and type "
            "of situation",
            params["total"],
        )
    else:
        text = ngettext(
            "worked %(worked)s of %(total)s time for colleagues at the same level",
            "worked %(worked)s of %(total)s times for colleagues at the same level",
            params["total"],
        )
    text = text % {"worked": params["worked"], "total": params["total"]}
    if params["partly"]:
        text += " " + ngettext(
            "(and partly %(partly)s time)",
            "(and partly %(partly)s times)",
            params["partly"],
        ) % {"partly": params["partly"]}
    return text


# On a card, what the activity shares with the situation is a short label, so the one
# sentence that is specific to the activity (why it fits this level) stands out.
MATCH_CODES = frozenset({"situation_type", "goal", "target_group", "route", "priority"})


def render_match(reason: Reason, names: dict[str, str]) -> str:
    """A matched trait as a short label: "doel: begrip vergroten", "veiligheid eerst"."""
    params = dict(reason.params)
    match reason.code:
        case "situation_type":
            return _("this type of situation")
        case "goal":
            return _("goal: %(goal)s") % {
                "goal": in_sentence(names.get(params["goal"], params["goal"]))
            }
        case "target_group":
            return _("for: %(group)s") % {
                "group": names.get(params["target_group"], params["target_group"])
            }
        case "route":
            return _("what this level needs: %(goal)s") % {
                "goal": in_sentence(names.get(params["goal"], params["goal"]))
            }
        case "priority":
            return _("safety first")
    raise ValueError(f"Not a match reason: {reason.code!r}")
