"""Factories for notifications. Most tests make them with ``notify()``, as the apps do; these
are for lists with many rows and for states notify() does not make (read, e-mailed, old)."""

import factory

from tests.accounts.factories import UserFactory


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "notifications.Notification"

    recipient = factory.SubFactory(UserFactory)
    actor = factory.SubFactory(UserFactory, first_name="Joke", last_name="Visser")
    kind = "returned"
    label = "reflectie van 3 nov. 2026"
    url = factory.Sequence(lambda n: f"/reflecties/{n + 1}/")


class PreferenceFactory(factory.django.DjangoModelFactory):
    """Saved preferences; without one a user has the defaults (app on, e-mail once a day)."""

    class Meta:
        model = "notifications.NotificationPreference"
        django_get_or_create = ["user"]

    user = factory.SubFactory(UserFactory)
    email_frequency = "daily"
    app_off = factory.LazyFunction(list)
    email_off = factory.LazyFunction(list)
