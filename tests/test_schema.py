"""The committed JSON Schema is the models' schema; ``factx schema`` prints and regenerates it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factx.cli import app
from factx.models import ArticleFacts

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "articlefacts.schema.json"
runner = CliRunner()


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == ArticleFacts.model_json_schema(), (
        "schema/articlefacts.schema.json is stale: run "
        "`factx schema -o schema/articlefacts.schema.json`"
    )


def test_schema_command_prints_the_models_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == ArticleFacts.model_json_schema()


def test_schema_output_option_regenerates_the_committed_file_byte_for_byte(
    tmp_path: Path,
) -> None:
    target = tmp_path / "articlefacts.schema.json"
    result = runner.invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_bytes() == SCHEMA_FILE.read_bytes()


def test_schema_describes_every_record_field() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(schema["properties"]) == set(ArticleFacts.model_fields)
    fact = schema["$defs"]["Fact"]
    assert {"subject", "predicate", "certainty", "negated", "evidence"} <= set(fact["properties"])
    assert fact["additionalProperties"] is False


def test_schema_to_an_unwritable_path_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "-o", str(tmp_path / "missing" / "s.json")])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factx: error:")
