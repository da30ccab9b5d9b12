"""Imports go one way: ingest -> article -> statements -> speakers; store imports only
records; serve imports only the store's read side. Only pipeline and cli import every stage.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "onrecord"

# what each stage may import from inside onrecord (besides itself and the shared modules)
SHARED = {"records", "errors", "settings", "nlp", "title_case"}  # title_case: a component of nlp's pipeline
ALLOWED: dict[str, set[str]] = {
    "ingest": set(),
    "article": set(),
    "statements": {"speakers"},
    "speakers": set(),
    "store": set(),
    "serve": {"store"},
    "evaluate": {"pipeline", "statements", "article", "ingest", "speakers"},
}


def _onrecord_imports(path: Path) -> set[str]:
    """The top-level onrecord modules that ``path`` imports (absolute or relative)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel_parts = path.relative_to(PKG).parts
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "onrecord" and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] == "onrecord":
                    found.update([parts[1]] if len(parts) > 1 else [a.name for a in node.names])
            else:
                base = list(rel_parts[:-1])[: len(rel_parts) - node.level]
                target = base + (node.module.split(".") if node.module else [])
                if target:
                    found.add(target[0])
                else:
                    found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_architecture_imports_go_one_way(stage: str) -> None:
    bad = []
    for path in sorted((PKG / stage).rglob("*.py")):
        for target in _onrecord_imports(path) - SHARED - {stage} - ALLOWED[stage]:
            bad.append(f"{path.relative_to(PKG)} imports onrecord.{target}")
    assert not bad, "\n".join(bad)


def test_architecture_store_imports_only_records() -> None:
    for path in sorted((PKG / "store").rglob("*.py")):
        assert _onrecord_imports(path) <= {"store", "records", "errors", "settings"}, path
