"""Django 6.1 strings that its own Dutch catalogue does not translate yet.

Listed here only so `makemessages` puts them in our locale/nl catalogue, which Django reads
before its own. Remove an entry once Django ships the Dutch translation.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_STRINGS = [
    gettext_noop("- Select an option -"),
    gettext_noop("Logout"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("Forgotten your login credentials?"),
]

# Django 6.1 changed this msgid (%d instead of %(min_length)d); its Dutch catalogue has the old one.
DJANGO_PLURAL_STRINGS = [
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        1,
    ),
]
