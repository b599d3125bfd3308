from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import PreferenceForm
from .models import Notification
from .texts import sentence


def notification_list(request):
    """/meldingen/: the user's own notifications, newest first, unread marked."""
    page = Paginator(selectors.notifications_for(request.user), selectors.PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    items = [{"notification": n, "sentence": sentence(n)} for n in page.object_list]
    return render(request, "notifications/notification_list.html", {"page": page, "items": items})


def local_path(url: str) -> bool:
    """Only a path on this site: no other host, no scheme, no "//host" or "\\host" tricks."""
    return url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=set())


@require_POST
def notification_open(request, pk):
    """Mark one of the user's notifications read and go where it points; someone else's is 404."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    services.notification_mark_read(notification=notification)
    if local_path(notification.url):
        return redirect(notification.url)
    return redirect("notifications:list")


@require_POST
def notification_mark_all_read(request):
    count = services.notifications_mark_all_read(user=request.user)
    if count:
        messages.success(request, gettext("All notifications are marked as read."))
    return redirect("notifications:list")


def preferences(request):
    """/meldingen/instellingen/: per kind in the app and by e-mail; e-mail right away, daily or never."""
    form = PreferenceForm(
        request.POST if request.method == "POST" else None,
        preference=selectors.preference_for(request.user),
    )
    if form.is_valid():
        services.preference_update(user=request.user, **form.chosen())
        messages.success(request, gettext("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
