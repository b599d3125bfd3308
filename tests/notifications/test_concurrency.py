"""Two digests at the same moment (two machines, or cron overlapping a slow run): each
notification is e-mailed once (PostgreSQL only, where two connections really run in parallel;
SQLite takes the write lock for the whole claim, so its runs queue)."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from tests.accounts.factories import UserFactory
from tests.notifications.factories import NotificationFactory
from wijkwerk.notifications.digest import send_digests

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite serialises writers; no real race"
    ),
    pytest.mark.django_db(transaction=True),
]


def test_two_simultaneous_digests_send_each_notification_once():
    users = UserFactory.create_batch(5)
    for user in users:
        NotificationFactory.create_batch(3, recipient=user)
    barrier = threading.Barrier(2)
    sent = []

    def run():
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            sent.append(send_digests(now=timezone.now()).notifications)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(sent) == 15
    assert sorted(message.to[0] for message in mail.outbox) == sorted(u.email for u in users)
