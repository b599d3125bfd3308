"""Loaded with `-p tests.environment` before Django starts: the suite runs with development
settings (no HTTPS redirect, plain static files). Production settings get their own tests."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
