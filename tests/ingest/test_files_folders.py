"""Folders are read recursively, in sorted order, without hidden files."""
from __future__ import annotations

from pathlib import Path

from onrecord.ingest import read_sources
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings


def _tree(root: Path) -> None:
    files = {
        "b-story.txt": "Story B\n\nBody of story B.\n",
        "a-story.txt": "Story A\n\nBody of story A.\n",
        "desk/c-story.html": "<html><body><p>Story C</p></body></html>",
        "desk/deeper/d-story.txt": "Story D\n\nBody of story D.\n",
        "desk/wire.jsonl": '{"text": "Story E"}\n',
        ".hidden.txt": "Hidden\n",
        ".cache/e-story.txt": "Hidden folder\n",
        "desk/logo.png": "not really",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_files_folder_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    _tree(tmp_path)
    items = list(read_sources([str(tmp_path)], Settings()))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert [Path(p.key).relative_to(tmp_path).as_posix() for p in pages] == [
        "a-story.txt", "b-story.txt", "desk/c-story.html", "desk/deeper/d-story.txt", "desk/wire.jsonl#L1"]
    assert [p.format for p in pages] == ["text", "text", "html", "text", "record"]


def test_files_folder_other_file_types_skipped_with_reason(tmp_path: Path) -> None:
    _tree(tmp_path)
    skipped = [i for i in read_sources([str(tmp_path)], Settings()) if isinstance(i, Failure)]
    assert [(Path(f.source).name, f.code, f.skipped) for f in skipped] == [("logo.png", "W001", True)]


def test_files_folder_symlink_loop_terminates(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text("Story\n\nBody.\n")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    pages = list(read_sources([str(tmp_path)], Settings()))
    assert [Path(p.key).name for p in pages] == ["story.txt"]


def test_files_several_sources_in_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    a, b = tmp_path / "a-story.txt", tmp_path / "b-story.txt"
    pages = list(read_sources([str(b), str(a)], Settings()))
    assert [p.key for p in pages] == [str(b), str(a)]


def test_files_folder_without_files_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / ".hidden.txt").write_text("Hidden\n")
    [item] = read_sources([str(tmp_path / "empty")], Settings())
    assert isinstance(item, Failure) and item.skipped and item.code == "W001"
    assert str(tmp_path / "empty") in item.reason and "no files" in item.reason


def test_files_folder_that_cannot_be_listed_e001(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "open.txt").write_text("Story\n\nBody of the story.\n")
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self.name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    items = list(read_sources([str(tmp_path)], Settings()))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [(f.code, f.skipped) for f in failures] == [("E001", False)]
    assert "locked" in failures[0].reason and "Permission denied" in failures[0].reason
    assert [i.id for i in items if isinstance(i, RawPage)] == ["open"]
