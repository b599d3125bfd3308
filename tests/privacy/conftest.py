from tests.situations.conftest import levels, neighbourhood, situation  # noqa: F401
