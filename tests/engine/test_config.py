"""Config discovery and strict validation: every mistake names the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.config import find_config, load_config
from awesomelint.errors import UsageError
from awesomelint.finding import Severity
from awesomelint.registry import default_registry

REGISTRY = default_registry()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_upward_and_awesomelint_toml_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.awesomelint]\nprofile = 'papers'\n")
    readme = write(tmp_path / "docs" / "list" / "README.md", "# T\n")
    assert find_config(readme) == tmp_path / "pyproject.toml"
    write(tmp_path / ".awesomelint.toml", "profile = 'plain'\n")
    assert find_config(readme) == tmp_path / ".awesomelint.toml"


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.ruff]\nline-length = 99\n")
    assert find_config(write(tmp_path / "README.md", "# T\n")) is None


def test_rules_by_id_name_or_alias_with_severity_and_options(tmp_path: Path) -> None:
    path = write(tmp_path / ".awesomelint.toml", """
fail-on = "warning"
[rules]
AL002 = "off"
double-link = { severity = "warning", scope = "all", ignore = ["https://x.example"] }
final-newline = "info"
""")
    config = load_config(path, REGISTRY)
    assert config.fail_on is Severity.WARNING
    assert config.rules["AL002"].enabled is False
    dup = config.rules["AL003"]
    assert dup.severity is Severity.WARNING
    assert dup.options == {"scope": "all", "ignore": ("https://x.example",)}
    assert config.rules["AL001"].severity is Severity.INFO


@pytest.mark.parametrize(("text", "message"), [
    ("colour = 1\n", "unknown key 'colour'"),
    ("profile = 'fancy'\n", "profile = 'fancy' must be one of 'awesome'"),
    ("fail-on = 'fatal'\n", "fail-on = 'fatal' must be one of 'error', 'warning'"),
    ("[rules]\nno-such-rule = 'error'\n", "unknown rule 'no-such-rule' in [rules]"),
    ("[rules]\nduplicate-link = 'loud'\n", "'loud' is not off, error, warning or info"),
    ("[rules]\nduplicate-link = { main-links-only = true }\n",
     "unknown option 'main-links-only' for rule duplicate-link"),
    ("[rules]\nduplicate-link = { anchors = 'yes' }\n", "]: anchors = 'yes' must be true or false"),
    ("[rules]\nduplicate-link = { scope = 'everything' }\n", "scope = 'everything' must be one of 'main'"),
    ("[rules]\nduplicate-link = { ignore = 'x' }\n", "ignore = 'x' must be a list"),
    ("select = ['AL999']\n", "unknown rule 'AL999' in select"),
    ("exclude = 'CHANGELOG.md'\n", "exclude = 'CHANGELOG.md' must be a list"),
    ("[links]\ntimout = 5\n", "timout"),
    ("this is = not toml\n", "invalid TOML"),
    ("[rules]\nAL003 = 'off'\nduplicate-link = 'warning'\n",
     "rule AL003 is configured twice in [rules], as 'AL003' and 'duplicate-link'"),
])
def test_mistakes_name_the_key_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / ".awesomelint.toml", text)
    with pytest.raises(UsageError) as caught:
        load_config(path, REGISTRY)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.awesomelint]\nbogus = true\n")
    with pytest.raises(UsageError, match=r"pyproject.toml \[tool.awesomelint\]: unknown key 'bogus'"):
        load_config(path, REGISTRY)


def test_a_byte_order_mark_is_not_a_toml_error(tmp_path: Path) -> None:
    path = tmp_path / ".awesomelint.toml"
    path.write_bytes("\ufefffail-on = 'warning'\n".encode())
    assert load_config(path, REGISTRY).fail_on is Severity.WARNING
