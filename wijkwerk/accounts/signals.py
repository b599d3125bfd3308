from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkwerk.accounts import twofactor


@receiver(post_save, sender=TOTPDevice)
@receiver(post_delete, sender=TOTPDevice)
def keep_the_second_factor_flag(sender, instance, **kwargs):
    """Also when an administrator removes a lost phone's device in the admin."""
    twofactor.sync_flag(instance.user)
