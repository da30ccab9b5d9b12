import re

from onrecord.errors import Errors, OnrecordError, Warnings, error


def test_errors_codes_are_unique_and_prefixed():
    codes = [n for cls in (Errors, Warnings) for n in vars(cls) if re.fullmatch(r"[EW]\d{3}", n)]
    assert len(codes) == len(set(codes))
    for code in codes:
        cls = Errors if code.startswith("E") else Warnings
        assert getattr(cls, code).startswith(f"[{code}] ")


def test_errors_error_carries_code():
    exc = error("E002", path="x.txt")
    assert isinstance(exc, OnrecordError)
    assert exc.code == "E002"
    assert "x.txt" in str(exc)
