"""What changed since the previous submission: per field, word by word, always escaped."""

import datetime

from django.utils.translation import gettext, ngettext

from reflections.changes import changes_since_previous_submission, compare, mark_words
from reflections.models import Reflection, ReflectionEvent
from wijkwerk.templatetags.dutch_dates import format_date_text


def _content(**changes):
    content = {
        "model": "short",
        "title": "Gesprek bij de bushalte",
        "date": "2025-04-02",
        "category": "reflectie",
        "minutes": 30,
        "answer_conversation": "Rustig.",
        "answer_own_part": "Ik vroeg door.",
        "answer_what_worked": "",
        "answer_take_along": "",
        "learning_points": "Geduld.",
    }
    return content | changes


def test_only_changed_fields_are_listed_in_the_order_of_the_form():
    before = _content()
    after = _content(
        learning_points="Geduld loont.",
        answer_what_worked="Stiltes.",
        minutes=45,
        date="2025-04-03",
    )
    changes = compare(before, after)
    assert [change.name for change in changes] == [
        "date",
        "minutes",
        "answer_what_worked",
        "learning_points",
    ]
    date, minutes, answer, points = changes
    assert (date.before, date.after) == (
        format_date_text(datetime.date(2025, 4, 2)),
        format_date_text(datetime.date(2025, 4, 3)),
    )
    assert minutes.after == ngettext("%(count)s minute", "%(count)s minutes", 45) % {"count": 45}
    assert answer.label == gettext("What worked?")
    assert (answer.before, answer.after) == ("", "Stiltes.")
    assert points.label == gettext("Learning points")


def test_words_removed_and_added_are_marked():
    marked = mark_words("Ik vroeg door en luisterde.", "Ik vroeg rustig door en zweeg.")
    assert '<ins class="bg-success-subtle"><span class="visually-hidden">' in marked
    assert "rustig" in marked[marked.index("<ins") :]
    deleted = marked[marked.index("<del") : marked.index("</del>")]
    assert "luisterde." in deleted
    assert marked.startswith("Ik vroeg ")


def test_what_the_author_typed_is_escaped_never_html():
    marked = mark_words("Eerst <b>dit</b>", 'Daarna <script>alert("x")</script> & meer\nregel')
    assert "<script>" not in marked and "<b>" not in marked
    assert "&lt;script&gt;" in marked and "&amp; meer" in marked
    assert "<br>" in marked  # line breaks kept


def _event(reflection, to_status, content=None):
    return ReflectionEvent.objects.create(
        reflection=reflection, from_status="draft", to_status=to_status, content=content
    )


def test_changes_need_two_submissions_with_copies(make_reflection):
    reflection = make_reflection(status="submitted")
    assert changes_since_previous_submission(reflection, []) is None
    first = _event(reflection, "submitted", _content())
    assert changes_since_previous_submission(reflection, [first]) is None
    old = _event(reflection, "submitted")  # from before copies were kept
    assert changes_since_previous_submission(reflection, [old, first]) is None
    returned = _event(reflection, "returned")
    second = _event(reflection, "submitted", _content(title="Gesprek bij de halte"))
    changes = changes_since_previous_submission(reflection, [first, returned, second])
    assert changes.since == first.created_at
    assert [change.name for change in changes.fields] == ["title"]


def test_no_changes_while_the_reflection_is_back_with_the_author(make_reflection):
    reflection = make_reflection(status="returned")
    events = [_event(reflection, "submitted", _content()) for _ in range(2)]
    assert changes_since_previous_submission(reflection, events) is None
    reflection.status = Reflection.Status.REVIEWED
    assert changes_since_previous_submission(reflection, events).fields == []


def test_a_word_that_moved_from_the_end_is_not_marked():
    marked = mark_words("De jongeren liepen weg.", "De jongeren liepen weg. Ik liep mee.")
    assert marked.startswith("De jongeren liepen weg. <ins")
    assert "<del" not in marked
