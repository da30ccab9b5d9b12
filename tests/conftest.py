"""Shared fixtures: the loaded model (once per session), paths to shared data."""
from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
POLNEAR = SHARED / "datasets" / "polnear"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# what the statement stage's guards log when a finder raises: the run goes on without that finder's statements,
# which in a test would pass unseen (a broken rule then looks like a missed statement)
_PASSED_OVER = ("reported statements failed", "reported statements unavailable", "speaker resolution failed")


class _PassedOver(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(_PASSED_OVER):
            self.messages.append(message)


@pytest.fixture(autouse=True)
def no_error_passed_over(request: pytest.FixtureRequest):
    """Fail a test during which a finder raised and the pipeline's guard passed over it (tests of the guard itself
    are marked ``guarded_failure``)."""
    handler = _PassedOver()
    logger = logging.getLogger("onrecord")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.messages and "guarded_failure" not in request.keywords:
        pytest.fail("an error was logged and passed over: " + "; ".join(handler.messages[:3]))


@pytest.fixture(scope="session")
def nlp():
    from onrecord.pipeline import load_nlp
    from onrecord.settings import Settings

    return load_nlp(Settings().model)


@pytest.fixture(scope="session")
def extractor(nlp):
    from onrecord.pipeline import Extractor

    return Extractor(nlp=nlp)


def bench_script(name: str) -> ModuleType:
    """Load bench/<name>.py as a module: the bench scripts are run by path, not installed."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bench_ingest() -> ModuleType:
    return bench_script("ingest_polnear")


@pytest.fixture(scope="session")
def bench_gate() -> ModuleType:
    return bench_script("gate")


@pytest.fixture
def polnear_dir() -> Path:
    if not (POLNEAR / "train" / "text").is_dir():
        pytest.skip(f"PolNeAR is not available at {POLNEAR} (it lives in ../shared, outside the repository)")
    return POLNEAR


@pytest.fixture(scope="session")
def store_facts(tmp_path_factory):
    """A small invented store built by SQL (tests/fixtures/store_fixture.py), once per
    session; read it, never write it."""
    from fixtures.store_fixture import build_store

    return build_store(tmp_path_factory.mktemp("store") / "onrecord.db")
