import pytest

from onrecord.errors import OnrecordError
from onrecord.settings import SETTINGS, Settings, load_settings


def test_settings_every_setting_is_a_field_with_help():
    names = {s.name for s in SETTINGS}
    assert names == set(Settings().as_dict())
    assert all(s.help.strip() for s in SETTINGS)


def test_settings_overrides_are_typed():
    s = load_settings(overrides=["workers=2", "beliefs=false", "fetch_delay=0.5"], environ={})
    assert (s.workers, s.beliefs, s.fetch_delay) == (2, False, 0.5)


def test_settings_environment_then_overrides(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[onrecord]\nmodel = "en_core_web_md"\nworkers = 3\n')
    s = load_settings(cfg, ["workers=4"], environ={"ONRECORD_BATCH_SIZE": "8"})
    assert (s.model, s.workers, s.batch_size) == ("en_core_web_md", 4, 8)


@pytest.mark.parametrize("item,code", [("nope=1", "E020"), ("workers=many", "E021"), ("workers", "E021"),
                                       # out of range: a negative max_chars cut text, a threshold
                                       # over 1 grouped nothing
                                       ("max_chars=-1", "E021"), ("max_chars=0", "E021"),
                                       ("near_duplicate_threshold=1.5", "E021"), ("near_duplicate_threshold=nan", "E021"),
                                       ("min_confidence=-0.1", "E021"), ("workers=0", "E021")])
def test_settings_bad_values_raise_coded_errors(item, code):
    with pytest.raises(OnrecordError) as info:
        load_settings(overrides=[item], environ={})
    assert info.value.code == code


def test_settings_in_range_are_taken():
    s = load_settings(overrides=["max_chars=1", "near_duplicate_threshold=1", "min_confidence=0.5"], environ={})
    assert (s.max_chars, s.near_duplicate_threshold, s.min_confidence) == (1, 1.0, 0.5)


@pytest.mark.parametrize("changes", [{"max_chars": -1}, {"workers": 0}, {"fetch_delay": float("inf")},
                                     {"workers": True}, {"batch_size": 2.5}])
def test_settings_built_directly_are_checked_too(changes):
    """Review 10: Settings(...) skipped the checks of with_(); "fetch_delay=inf" overflowed time.sleep."""
    with pytest.raises(OnrecordError) as info:
        Settings(**changes)
    assert info.value.code == "E021"
