"""Wijkwerk settings: one module, every knob an environment variable (see README and .env.example)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from wijkwerk.env import env_bool, env_int, env_list, env_str, load_env_file

BASE_DIR = Path(__file__).resolve().parent.parent
load_env_file(BASE_DIR / ".env")

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off. "
            "For local development set DJANGO_DEBUG=1 (make run does this)."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "wijkwerk.apps.WijkwerkAdminConfig",  # django.contrib.admin, behind a second factor
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "wijkwerk",
    "wijkwerk.accounts",
    "wijkwerk.privacy",
    "wijkwerk.audit",
    "wijkwerk.notifications",
    "activities",
    "situations",
    "advice",
    "reflections",
    "axes",
    "auditlog",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wijkwerk.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): a second factor this session
    "wijkwerk.sessions.SessionTimeoutMiddleware",  # idle timeout, maximum, kept POSTs
    "wijkwerk.accounts.middleware.SecondFactorMiddleware",
    "wijkwerk.middleware.PrivateResponseMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "wijkwerk.audit.middleware.AuditlogMiddleware",  # who made a change, for the audit trail
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "wijkwerk.urls"
WSGI_APPLICATION = "wijkwerk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # The one date style (date_text, date_table, datetime_text) in every template.
            "builtins": ["wijkwerk.templatetags.dutch_dates"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wijkwerk.context_processors.navigation",
                "reflections.context_processors.review_count",
                "wijkwerk.context_processors.notification_count",
            ],
        },
    },
]

# SQLite in the project folder by default, so a fresh clone just works; DATABASE_URL selects PostgreSQL.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
        "DATABASE_POOL", True
    ):
        # Django's native psycopg pool; each gunicorn worker holds its own small pool.
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": env_int("DATABASE_POOL_MIN", 1),
            "max_size": env_int("DATABASE_POOL_MAX", 4),
        }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # Writers queue instead of failing with "database is locked": WAL lets readers
                # read while one writes, IMMEDIATE takes the write lock when a transaction
                # starts (no deadlock on upgrading a read lock), and a busy writer is waited for.
                "transaction_mode": "IMMEDIATE",
                "timeout": env_int("SQLITE_BUSY_TIMEOUT_SECONDS", 20),
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses log-ins while locked out
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("DJANGO_PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "wijkwerk.accounts.passwords.DutchCommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = None  # show the "you are logged out" page

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed names and compression in production; plain files while developing and testing.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("DJANGO_MANIFEST_STATIC", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security. USE_HTTPS drives secure cookies and HSTS; SSL redirect can be switched off
# when a proxy in front already redirects (it must then set X-Forwarded-Proto).
USE_HTTPS = env_bool("DJANGO_USE_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", USE_HTTPS)
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = USE_HTTPS
CSRF_COOKIE_SECURE = USE_HTTPS
LANGUAGE_COOKIE_SECURE = USE_HTTPS
if USE_HTTPS:
    # The __Host- prefix makes the browser refuse these cookies unless they are secure, for
    # this exact host and path "/": a subdomain or plain http cannot set or overwrite them.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    LANGUAGE_COOKIE_NAME = "__Host-language"
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if USE_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = USE_HTTPS
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", USE_HTTPS)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sessions end after 30 idle minutes, after 12 hours at most, and when the browser closes.
SESSION_IDLE_MINUTES = env_int("DJANGO_SESSION_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_MAX_HOURS", 12) * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Minutes before the idle timeout at which the page warns (and offers to stay logged in).
SESSION_WARNING_MINUTES = env_int("DJANGO_SESSION_WARNING_MINUTES", 3)
SESSION_COOKIE_HTTPONLY = True

# Strict Content-Security-Policy: everything from our own origin, nothing inline.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Login throttling (django-axes with wijkwerk.throttling.ThrottlingHandler): a log-in waits a
# while after too many failures for one user name from one address, from one address across
# user names, or for one account from any address; each limit its own. The right password
# forgives only that user name at that address. Failures only, no log of every log-in.
LOGIN_FAILURE_LIMITS = {
    "user_at_address": env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5),
    "address": env_int("DJANGO_LOGIN_ADDRESS_FAILURE_LIMIT", 20),
    "account": env_int("DJANGO_LOGIN_ACCOUNT_FAILURE_LIMIT", 10),
}
AXES_HANDLER = "wijkwerk.throttling.ThrottlingHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_FAILURE_LIMIT = 1  # the handler counts the limits reached; one is enough
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "wijkwerk.throttling.locked_out"
AXES_CLIENT_IP_CALLABLE = "wijkwerk.throttling.client_ip"

# The admin needs a verified second factor. Only while developing may this be switched off.
WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR = env_bool("WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR", False)
if WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR and not DEBUG:
    raise ImproperlyConfigured(
        "WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR is for development only and needs DJANGO_DEBUG=1."
    )

# Retention (python manage.py apply_retention): closed situations untouched for this many days
# are anonymised (or deleted, with WIJKWERK_RETENTION_ACTION=delete).
WIJKWERK_RETENTION_DAYS = env_int("WIJKWERK_RETENTION_DAYS", 2 * 365)
WIJKWERK_RETENTION_ACTION = env_str("WIJKWERK_RETENTION_ACTION", "anonymise")

# The team's own phone numbers (comma-separated, any notation): the personal-data guard lets
# them through in free text. Residents' numbers are always refused.
WIJKWERK_TEAM_PHONE_NUMBERS = env_list("WIJKWERK_TEAM_PHONE_NUMBERS", [])

# E-mail for notifications (right away, and the daily digest of send_notification_digest),
# as Django 6.1's MAILERS. Development prints e-mails to the console; otherwise SMTP.
_email_backend = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": _email_backend}}
if _email_backend == "django.core.mail.backends.smtp.EmailBackend":
    if env_bool("EMAIL_USE_TLS", False) and env_bool("EMAIL_USE_SSL", False):
        raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")
    MAILERS["default"]["OPTIONS"] = {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 0) or None,  # None: 25, or 587 with TLS, 465 with SSL
        "username": env_str("EMAIL_HOST_USER"),
        "password": env_str("EMAIL_HOST_PASSWORD"),  # or EMAIL_HOST_PASSWORD_FILE
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        "use_ssl": env_bool("EMAIL_USE_SSL", False),
        # A mail right away is sent while the user's request waits: a slow server must not
        # hang it (the failure is logged and the digest tries again).
        "timeout": env_int("EMAIL_TIMEOUT", 10),
    }
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Wijkwerk <wijkwerk@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The address of the site, for the links in e-mails (e.g. https://wijkwerk.example.nl).
# Default: http://localhost:8000 in debug, otherwise https:// and the first allowed host.
_first_host = ALLOWED_HOSTS[0] if ALLOWED_HOSTS else ""
_plain_host = _first_host if _first_host and not _first_host.startswith((".", "*")) else ""
WIJKWERK_BASE_URL = env_str(
    "WIJKWERK_BASE_URL",
    "http://localhost:8000" if DEBUG else (f"https://{_plain_host}" if _plain_host else ""),
).rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"axes.apps": {"level": "WARNING"}},  # no start-up banner on every command
}
