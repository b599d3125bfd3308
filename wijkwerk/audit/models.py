"""Which team's trail a log entry belongs to.

django-auditlog's ``LogEntry`` says what happened to which object. ``TeamEntry`` adds, at the
moment the entry is written, the team(s) whose lead may read it and, for team data, the
situation it is about. Deciding this when the entry is written rather than when the trail is
read keeps deletions in the trail (a deleted situation has no team left to ask) and keeps the
trail page to a few queries.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkwerk.accounts.models import Team


class TeamEntry(models.Model):
    entry = models.ForeignKey(
        "auditlog.LogEntry",
        on_delete=models.CASCADE,
        related_name="team_entries",
        verbose_name=_("log entry"),
    )
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="+", verbose_name=_("team")
    )
    # The situation the entry is about (itself, or the one an observation, deployment or learning
    # question belongs to). A plain number: the situation may be deleted, the entry stays.
    situation_id = models.PositiveBigIntegerField(_("situation"), null=True, blank=True)

    class Meta:
        verbose_name = _("entry in a team's trail")
        verbose_name_plural = _("entries in a team's trail")
        constraints = [
            # Also the index the trail page reads by: the team first.
            models.UniqueConstraint(fields=["team", "entry"], name="teamentry_unique_team_entry")
        ]

    def __str__(self):
        # Ids only: this can be listed on the admin's deletion page of a team.
        return f"{self.team_id}: {self.entry_id}"
