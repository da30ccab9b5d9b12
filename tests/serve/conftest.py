"""Fixtures of the web tests: the app over the invented store, and an HTTP client."""
from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(store_facts):
    from onrecord.serve.app import create_app

    with TestClient(create_app(store_facts.path), raise_server_exceptions=False) as test_client:
        yield test_client
