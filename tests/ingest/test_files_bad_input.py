"""Bad input becomes a Failure naming the item and the reason; the run goes on."""
from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.ingest import read_sources
from onrecord.pipeline import build_articles
from onrecord.records import Article, Failure, RawPage
from onrecord.settings import Settings

SETTINGS = Settings()
GOOD = "Tram line extended\n\nThe tram line will reach the hospital by June, the city said on Friday.\n"


def _items(paths: list[Path], settings: Settings = SETTINGS) -> list[RawPage | Failure]:
    return list(read_sources([str(p) for p in paths], settings))


def _one_failure(path: Path, settings: Settings = SETTINGS) -> Failure:
    """Read ``path`` then a good file: the bad one fails, the good one still comes through."""
    good = path.parent / "zz-good.txt"
    good.write_text(GOOD)
    items = list(build_articles(read_sources([str(path), str(good)], settings), settings))
    assert isinstance(items[-1], Article), "the run must go on after a bad input"
    [failure] = items[:-1]
    assert isinstance(failure, Failure)
    assert str(path) in failure.reason
    return failure


def test_files_missing_path_e001(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path / "no-such-article.txt")
    assert failure.code == "E001" and not failure.skipped


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n"])
def test_files_empty_e002(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _one_failure(path).code == "E002"


@pytest.mark.parametrize("content, code, detail", [
    (b"The mayor said\x00\x00\x00 hello", "E003", "NUL"),
    (b"\x89PNG\r\n\x1a\n" + b"\x10" * 64, "E003", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "E003", "PDF"),
    (b"\x1f\x8b\x08\x00" + bytes(range(1, 60)), "E003", "gzip"),
    (bytes(range(1, 9)) * 40 + b"some text", "E003", "control"),
    ("Caf\u00e9 \u201cquoted\u201d ".encode() + b"then caf\xe9 in Latin-1", "E004", "mixes encodings"),
    (bytes(range(0x80, 0x100)) * 4, "E004", "no other encoding"),
])
def test_files_binary_e003_and_undecodable_e004(tmp_path: Path, content: bytes, code: str, detail: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    failure = _one_failure(path)
    assert failure.code == code
    assert detail in failure.reason


def test_files_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16"))  # NUL bytes, explained by the BOM
    [page] = _items([path])
    assert isinstance(page, RawPage)


def test_files_too_large_e005_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = SETTINGS.with_(max_bytes=10_000)
    path = tmp_path / "enormous.txt"
    with path.open("wb") as fh:  # sparse: large on paper, nothing written
        fh.truncate(50_000_000)
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    [failure] = _items([path], settings)
    assert failure.code == "E005" and "50,000,000" in failure.reason
    assert not read, "the size must be checked before the file is read"


def test_files_too_large_stdin_e005(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from onrecord.ingest.files import read_stdin

    [failure] = read_stdin("-", SETTINGS.with_(max_bytes=100), io.BytesIO(b"x" * 1000))
    assert failure.code == "E005"


def test_files_broken_html_e006(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<<<< this >>>> was never a page <<", encoding="utf-8")
    assert _one_failure(path).code == "E006"


def test_files_jsonl_bad_lines_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(
        '{"id": "ok-1", "text": "A first good record."}\n'
        '{"id": "broken", "text": \n'
        "\n"
        '["a", "list"]\n'
        '{"id": "no-text", "title": "Only a title"}\n'
        '{"id": "ok-2", "text": "A second good record."}\n',
        encoding="utf-8")
    items = _items([path])
    assert [getattr(i, "code", None) or i.id for i in items] == ["ok-1", "E007", "E007", "E008", "ok-2"]
    bad_json, not_object, missing = items[1:4]
    assert "line 2" in bad_json.reason and str(path) in bad_json.reason
    assert "line 4" in not_object.reason
    assert "line 5" in missing.reason
    assert [i.key for i in items] == [f"{path}#L{n}" for n in (1, 2, 4, 5, 6)]


def test_files_jsonl_overlong_line_e005(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "word " * 100 + '"}\n{"text": "short one"}\n')
    first, second = _items([path], SETTINGS.with_(max_bytes=200))
    assert first.code == "E005"
    assert second.content == "short one"


def test_files_utf16_without_bom_e003_says_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))  # no byte order mark
    failure = _one_failure(path)
    assert failure.code == "E003" and "UTF-16" in failure.reason and "UTF-8" in failure.reason


@pytest.mark.parametrize("data, code", [(b"", "E002"), (b"\x00\x01\x02" * 100, "E003"),
                                        (b'{"bad json\n', "E007")])
def test_files_stdin_failures_name_standard_input(data: bytes, code: str) -> None:
    import io

    from onrecord.ingest.files import read_stdin

    [failure] = read_stdin("-", SETTINGS, io.BytesIO(data))
    assert failure.code == code and "standard input" in failure.reason
    assert "- " not in failure.reason.replace("standard input", "")


def test_files_jsonl_record_failing_later_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "ok", "text": "' + "A good record. " * 10 + '"}\n'
                    '{"html": "<html><body><p>tiny</p></body></html>"}\n', encoding="utf-8")
    good, shell = build_articles(read_sources([str(path)], SETTINGS), SETTINGS)
    assert isinstance(good, Article)
    assert shell.code == "W002" and f"line 2 of {path}" in shell.reason
