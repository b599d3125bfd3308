"""Walk every URL pattern as an anonymous visitor: all of them must ask for a log-in, except
the log-in pages themselves and the health check."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

PUBLIC = {"/accounts/login/", "/admin/login/", "/gezondheid/"}
LOGIN_PREFIXES = ("/accounts/login/", "/admin/login/")

# Sample values per converter, so patterns with parameters can be requested too.
SAMPLES = {
    "int": "1",
    "slug": "voorbeeld",
    "str": "voorbeeld",
    "path": "voorbeeld/pad",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


def _route_to_path(route: str) -> str:
    route = re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: SAMPLES[m.group(1) or "str"], route)
    # Regex patterns (the admin's): fill groups with a sample, drop anchors.
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)
    return route.replace("^", "").replace("$", "").replace("\\", "")


def walk(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + _route_to_path(str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            yield from walk(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield "/" + route.lstrip("/")


ALL_PATHS = sorted(set(walk()))


def test_it_finds_the_url_patterns():
    assert "/" in ALL_PATHS
    assert "/gezondheid/" in ALL_PATHS
    assert "/accounts/login/" in ALL_PATHS
    assert any(path.startswith("/admin/") for path in ALL_PATHS)


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.django_db
def test_every_url_requires_login(client, path):
    response = client.get(path)
    if path in PUBLIC:
        assert response.status_code in (200, 302)
        return
    assert response.status_code == 302, (
        f"{path} answered {response.status_code} to an anonymous visitor"
    )
    assert response["Location"].startswith(LOGIN_PREFIXES), (
        f"{path} redirects to {response['Location']}"
    )


@pytest.mark.django_db
def test_posting_anonymously_also_requires_login(client):
    for path in ALL_PATHS:
        if path in PUBLIC:
            continue
        response = client.post(path)
        assert response.status_code in (302, 403, 405), f"POST {path}: {response.status_code}"
        if response.status_code == 302:
            assert response["Location"].startswith(LOGIN_PREFIXES)
