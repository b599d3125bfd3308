"""The audit trail: who did what, when — never what a reflection says."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "wijkwerk.audit"
    label = "audit"
    verbose_name = _("Audit trail")

    def ready(self):
        from auditlog.models import LogEntry
        from auditlog.signals import post_log
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from django.db.models.signals import post_save, pre_delete, pre_save

        from situations.models import Deployment, LearningQuestion, Observation
        from wijkwerk.accounts import twofactor
        from wijkwerk.audit import bridge, registration, signals

        registration.register_models()
        bridge.install()

        user_logged_in.connect(signals.log_login, dispatch_uid="audit_login")
        user_login_failed.connect(signals.log_login_failed, dispatch_uid="audit_login_failed")
        twofactor.second_factor_event.connect(
            signals.log_second_factor_event, dispatch_uid="audit_second_factor"
        )
        pre_save.connect(
            signals.name_private_objects_by_number, sender=LogEntry, dispatch_uid="audit_repr"
        )
        post_save.connect(
            signals.add_m2m_entry_to_team_trails, sender=LogEntry, dispatch_uid="audit_m2m_trail"
        )
        post_log.connect(signals.add_to_team_trails, dispatch_uid="audit_team_trail")
        for model in (LearningQuestion, Observation, Deployment):
            pre_delete.connect(
                signals.stash_team_before_delete,
                sender=model,
                dispatch_uid=f"audit_stash_{model._meta.model_name}",
            )
