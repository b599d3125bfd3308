"""django-auditlog's middleware, with the client address the rest of Wijkwerk trusts.

auditlog takes the first X-Forwarded-For entry, which any client can write; we take the one our
own proxy saw (``wijkwerk.throttling.client_ip``), and no forwarded port unless behind it.
"""

from auditlog.middleware import AuditlogMiddleware as BaseAuditlogMiddleware
from django.conf import settings

from wijkwerk.throttling import client_ip


class AuditlogMiddleware(BaseAuditlogMiddleware):
    @staticmethod
    def _get_remote_addr(request):
        if settings.AUDITLOG_DISABLE_REMOTE_ADDR:
            return None
        return client_ip(request)

    @staticmethod
    def _get_remote_port(request):
        if not settings.BEHIND_PROXY:
            return None
        return BaseAuditlogMiddleware._get_remote_port(request)
