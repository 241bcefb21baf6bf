"""``awesomelint.options``: types and constraints read as data, one-line messages, generated bad values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import pytest

from awesomelint.options import (
    AtLeast,
    Glob,
    Invalid,
    Pair,
    Range,
    Regex,
    Share,
    Token,
    check,
    malformed,
    option_types,
    sample,
    show,
)


@dataclass(frozen=True)
class NewRuleOptions:  # what a new rule might declare, constraint or not
    pattern: Annotated[str, Regex()] = "x"
    share: Annotated[float, Share()] = 0.5
    count: int = 3
    words: tuple[str, ...] = ()
    mode: Literal["a", "b"] = "a"


def test_a_new_rules_options_get_malformed_values_with_no_test_code() -> None:
    types = option_types(NewRuleOptions)
    assert list(types) == ["pattern", "share", "count", "words", "mode"]
    for key, hint in types.items():
        bad = malformed(hint)
        assert bad, key
        for value in bad:
            with pytest.raises(Invalid):
                check(hint, value)
        check(hint, sample(hint))


def test_an_option_without_a_constraint_still_gets_its_type_checked() -> None:
    with pytest.raises(Invalid, match="must be a whole number"):
        check(int, 1.5)
    with pytest.raises(Invalid, match="must be a whole number"):
        check(int, True)  # TOML true is not 1
    with pytest.raises(Invalid) as caught:
        check(tuple[str, ...], ["a", 2])
    assert caught.value.describe("words") == "words item 2 = 2 must be a string"


def test_lists_become_the_declared_container_and_ints_are_floats_where_floats_are_declared() -> None:
    assert check(tuple[Annotated[str, Token()], ...], ["a", "b"]) == ("a", "b")
    assert check(frozenset[int], [1, 1]) == frozenset({1})
    assert check(Annotated[float, Share()], 1) == 1.0


def test_a_nested_value_is_named_by_its_path() -> None:
    hint = dict[str, list[Annotated[str, Token()]]]
    with pytest.raises(Invalid) as caught:
        check(hint, {"NeurIPS": ["NIPS", "two words"], "odd key": []})
    assert caught.value.describe("aliases") == "aliases.NeurIPS item 2 = 'two words' must be one word, without spaces"
    with pytest.raises(Invalid) as caught:
        check(dict[Literal["alive"], float], {"dead": 1})
    assert "has a key 'dead' that must be 'alive'" in caught.value.describe("cache-ttl")


def test_a_union_reports_the_constraint_of_the_arm_whose_type_fits() -> None:
    hint = Annotated[int, Range(100, 999)] | Annotated[str, Regex()]
    with pytest.raises(Invalid, match="must be from 100 to 999"):
        check(hint, 42)
    with pytest.raises(Invalid, match="not a valid regular expression"):
        check(hint, "(")
    with pytest.raises(Invalid, match="must be a whole number or a string"):
        check(hint, [1])
    assert check(Annotated[str, Regex()] | Literal[False], False) is False


@pytest.mark.parametrize(("constraint", "good", "bad"), [
    (Range(1, 6), 6, 7),
    (AtLeast(0), 0, -1),
    (Share(), 1.0, math.nan),
    (Pair(), "“”", "(("),
    (Glob(), "docs/*.md", "docs/"),
    (Regex(), "a|b", "a{2,1}"),
])
def test_constraints_say_what_is_wrong(constraint: Any, good: Any, bad: Any) -> None:
    assert constraint.problem(good) is None
    assert constraint.problem(bad)
    assert bad in constraint.bad() or isinstance(bad, float)


def test_values_are_shown_short_on_one_line() -> None:
    assert show(True) == "true"
    assert len(show("x" * 10_000)) < 80
    nested: list[Any] = []
    for _ in range(500):
        nested = [nested]
    assert len(show(nested)) < 80  # no recursion, no wall of brackets
    assert "\n" not in show("a\nb")


def test_an_unresolvable_annotation_is_accepted_unchecked() -> None:
    @dataclass(frozen=True)
    class PluginOptions:
        level: NoSuchType = None  # type: ignore[name-defined]  # noqa: F821

    assert option_types(PluginOptions) == {"level": Any}
