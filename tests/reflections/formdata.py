"""POST data for the reflection edit form, as the browser sends it."""

from reflections.forms import REFLECTION
from reflections.workflow import reflection_snapshot
from situations.forms import loaded_initial


def reflection_post(reflection, **overrides):
    """Data for the edit form of ``reflection`` as loaded now: its values, the version and the
    signed snapshot of what the form loaded. Keyword overrides replace fields."""
    data = {
        **loaded_initial(
            kind=REFLECTION, instance=reflection, values=reflection_snapshot(reflection)
        ),
        "title": reflection.title,
        "date": reflection.date.isoformat(),
        "category": reflection.category,
        "minutes": str(reflection.minutes),
        "situation": reflection.situation_id or "",
        "deployment": reflection.deployment_id or "",
        "learning_points": reflection.learning_points,
        **{f"answer_{key}": value for key, value in reflection.answers.items()},
    }
    data.update(overrides)
    return data
