"""The one sentence a notification says, in the list and in e-mails: what happened, by whom,
about what. Built from the kind, the actor's name and the content-free label only."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Notification

Kind = Notification.Kind

SENTENCES = {
    # Translators: e.g. "Joke Visser returned your reflection of 3 Nov. 2026".
    Kind.RETURNED: _("%(actor)s returned your %(label)s"),
    Kind.REVIEWED: _("%(actor)s reviewed your %(label)s"),
    Kind.FEEDBACK: _("%(actor)s gave feedback on your %(label)s"),
    # Translators: the label is e.g. "situation 12".
    Kind.SITUATION_CHANGED: _("%(actor)s changed your %(label)s"),
    # Translators: the label is e.g. "“Buurtgesprek” of 3 Nov. 2026 in situation 12".
    Kind.OUTCOME_DUE: _("Fill in the outcome of %(label)s"),
}


def actor_name(notification: Notification) -> str:
    """Who did it; someone whose account is gone is "a colleague"."""
    if notification.actor is None:
        return gettext("A colleague")
    return str(notification.actor)


def sentence(notification: Notification) -> str:
    template = SENTENCES.get(notification.kind)
    if template is None:  # a kind from a newer version: say at least what it is about
        return notification.label
    return template % {"actor": actor_name(notification), "label": notification.label}
