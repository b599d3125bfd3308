"""POST data for the situation form, as the browser sends it (management form included)."""

from situations import services
from situations.forms import SITUATION, loaded_initial

DESCRIPTION = "Bewoners ergeren zich aan geluid in het portiek en spreken elkaar er niet op aan."


def situation_post(where=None, *, situation=None, questions=None, **overrides):
    """Data for the create form in neighbourhood ``where``, or for the edit form of
    ``situation`` (as loaded now, with the version and the signed snapshot of what it loaded).
    Keyword overrides replace fields."""
    if situation is not None:
        data = {
            **loaded_initial(
                kind=SITUATION,
                instance=situation,
                values=services.situation_snapshot(services.situation_values(situation)),
            ),
            "title": situation.title,
            "neighbourhood": situation.neighbourhood_id,
            "description": situation.description,
            "level": situation.level_id,
            "goals": [g.pk for g in situation.goals.all()],
            "target_groups": [t.pk for t in situation.target_groups.all()],
            "themes": situation.themes,
            "parties": situation.parties,
            "care_need": situation.care_need,
            "crime": situation.crime,
            "addressable": situation.addressable,
            "acute_threat": situation.acute_threat,
            "consent": situation.consent,
            "phase": situation.phase,
            "situation_type": situation.situation_type_id or "",
            "signals": [s.pk for s in situation.signals.all()],
        }
        if questions is None:
            questions = [(q.pk, q.text) for q in situation.learning_questions.order_by("order")]
    else:
        data = {
            "title": "Ergernis over afval bij de flat",
            "neighbourhood": where.pk,
            "description": DESCRIPTION,
            "level": "ongemak",
            "themes": "afval",
            "version": "",
        }
        questions = questions if questions is not None else []
    rows = [q if isinstance(q, tuple) else (None, q) for q in questions]
    initial = sum(1 for pk, _text in rows if pk)
    data.update(
        {
            "leervragen-TOTAL_FORMS": str(len(rows)),
            "leervragen-INITIAL_FORMS": str(initial),
            "leervragen-MIN_NUM_FORMS": "0",
            "leervragen-MAX_NUM_FORMS": "12",
        }
    )
    for index, (pk, text) in enumerate(rows):
        data[f"leervragen-{index}-id"] = pk or ""
        data[f"leervragen-{index}-text"] = text
        data[f"leervragen-{index}-order"] = str(index)
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
