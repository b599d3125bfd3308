"""Loaded with `-p tests.environment` before Django starts: the suite runs with development
settings (no HTTPS redirect, plain static files). Production settings get their own tests."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
# No connection pool in tests: pooled connections would outlive a test and keep the test
# database busy when pytest-django drops it.
os.environ.setdefault("DATABASE_POOL", "0")
