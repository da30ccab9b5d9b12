"""Files, folders and standard input -> RawPage (placeholder: plain text only)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import Failure, RawPage
from ..settings import Settings


def read_path(source: str, settings: Settings) -> Iterator[RawPage | Failure]:
    path = Path(source)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        yield RawPage(source=str(f), key=str(f), content=f.read_text(encoding="utf-8"),
                      format="text", id=f.stem)
