"""The advice engine's reason codes in plain Dutch (through gettext), for pages and JSON."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from situations.advice import Reason


def render_reason(reason: Reason, names: dict[str, str]) -> str:
    """One reason as a sentence; ``names`` maps level/goal/target-group slugs to their names."""
    params = dict(reason.params)

    def name(key):
        return names.get(params[key], params[key])

    match reason.code:
        case "fit_recommended":
            return _("fits %(level)s: %(reason)s") % {
                "level": name("level").lower(),
                "reason": params["reason"],
            }
        case "fit_conditional":
            return _("fits %(level)s under a condition: %(reason)s") % {
                "level": name("level").lower(),
                "reason": params["reason"],
            }
        case "goal":
            return _("serves your goal: %(goal)s") % {"goal": name("goal").lower()}
        case "route":
            return _("works on what %(level)s usually needs: %(goal)s") % {
                "level": name("level").lower(),
                "goal": name("goal").lower(),
            }
        case "priority":
            return _("at %(level)s safety comes first; this helps to %(goal)s") % {
                "level": name("level").lower(),
                "goal": name("goal").lower(),
            }
        case "target_group":
            return _("meant for: %(group)s") % {"group": name("target_group").lower()}
        case "practice":
            text = ngettext(
                "worked %(worked)s of %(total)s time for colleagues in a similar situation",
                "worked %(worked)s of %(total)s times for colleagues in a similar situation",
                params["total"],
            ) % {"worked": params["worked"], "total": params["total"]}
            if params["partly"]:
                text += " " + ngettext(
                    "(and partly %(partly)s time)",
                    "(and partly %(partly)s times)",
                    params["partly"],
                ) % {"partly": params["partly"]}
            return text
    raise ValueError(f"Unknown reason code {reason.code!r}")
