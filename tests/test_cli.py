"""The ``medmal`` command line: output formats, field-named input errors, exit codes.

Two kinds of test live here. Those on the shipped examples run the real, entry-point
loaded US-NY and GB-ENG plugins (skipped while a jurisdiction is not registered). Those on
the command line's own behaviour use a small in-test jurisdiction, ``ZZ-TEST``, registered
through ``Engine(plugins=[...])`` by replacing :func:`medmal.cli.make_engine`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from medmal import Engine, cli
from medmal.calendar import CourtCalendar, Period
from medmal.expr import fact, param
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.parameters import DatedValue, Parameter
from medmal.rules import DamagesRule, DeadlineRule, InForce, RequirementRule, WarningRule

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCHEMA_FILE = ROOT / "core" / "schema" / "case.schema.json"
RESULT_SCHEMA_FILE = ROOT / "core" / "schema" / "result.schema.json"
RESULT_KEYS = {"jurisdiction", "as_of", "rules_version", "deadlines", "requirements", "damages", "warnings"}
DEADLINE_KEYS = {"kind", "defendant", "date", "status", "citation", "discretion", "trace"}

runner = CliRunner()


def run(*args: str, input: str | None = None) -> Any:
    result = runner.invoke(cli.app, list(args), input=input)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# --- an in-test jurisdiction ------------------------------------------------------------------

CITE = "Test Limitation Act 2000 s.1 [2001] EWCA Civ 1"  # square brackets: must not be read as markup


def _test_jurisdiction() -> Jurisdiction:
    act = fact("act_or_omission")
    cap = Parameter(
        "non_economic_cap",
        "Test cap on non-economic damages",
        "USD",
        (
            DatedValue(date(2000, 1, 1), 250_000, "Test Damages Act 1999 s.2"),
            DatedValue(date(2020, 1, 1), 300_000, "Test Damages (Uprating) Order 2019"),
        ),
    )
    rules = (
        DeadlineRule(
            id="zz.limitation",
            title="Two years from the act",
            citation=CITE,
            version="2000",
            in_force=InForce(start=date(2000, 1, 1)),
            kind="limitation",
            date=(act + Period(years=2)).step("2 years from the act", cite=CITE),
            satisfied_by="complaint_filed",
            discretion="Test Limitation Act 2000 s.33 (court may disapply)",
        ),
        RequirementRule(
            id="zz.certificate",
            title="Certificate of merit",
            citation="Test Procedure Rules r.3",
            version="1",
            kind="certificate_of_merit",
            description="a certificate that an expert supports the claim",
            due_event="with the complaint",
            consequence_of_failure="the claim may be dismissed",
            satisfied_by="certificate_of_merit_served",
        ),
        DamagesRule(
            id="zz.cap",
            title="Cap on non-economic damages",
            citation="Test Damages Act 1999 s.2",
            version="1",
            effect="cap",
            component="non_economic",
            amount=param("non_economic_cap", act),
        ),
        WarningRule(
            id="zz.bill",
            title="Pending bill",
            citation="Test Bill 2024",
            version="1",
            message="a pending bill would lengthen the period",
        ),
    )
    return Jurisdiction(
        code="ZZ-TEST",
        name="Testland",
        calendar=CourtCalendar("Testland courts", lambda year: {}, roll="forward", citation="Test Interpretation Act"),
        rules=rules,
        parameters={"non_economic_cap": cap},
        aliases=("ZZ",),
        version="1",
        plugin="test_cli",
    )


class ZZPlugin:
    @hookimpl
    def medmal_register_jurisdictions(self, register):
        register(_test_jurisdiction())


@pytest.fixture
def zz(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Commands see the ZZ-TEST jurisdiction; returns a writer of case files."""
    blocks: list[list[str]] = []

    def make_engine(block=()):
        blocks.append(list(block))
        # Only the built-in renderers: installed overlays must not leak into these checks.
        return Engine(block=block, only=("text", "json", "icalendar"), plugins=[ZZPlugin()])

    monkeypatch.setattr(cli, "make_engine", make_engine)

    def write(case: dict[str, Any] | str, name: str = "case.json") -> str:
        path = tmp_path / name
        path.write_text(case if isinstance(case, str) else json.dumps(case), encoding="utf-8")
        return str(path)

    write.blocks = blocks  # type: ignore[attr-defined]
    return write


def zz_case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "jurisdiction": "ZZ-TEST",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1980-01-01", "incapacity": []},
        "defendants": [{"name": "Dr A", "kind": "physician"}],
        "events": {"act_or_omission": "2021-03-15"},
        "damages": {"currency": "USD", "economic": 1000, "non_economic": 500000},
    }
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = case
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return case


# --- check: formats -----------------------------------------------------------------------------


def test_check_text_report(zz) -> None:
    result = run("check", zz(zz_case()), "--as-of", "2022-01-01")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in (
        "ZZ-TEST",
        "as of 2022-01-01",
        "rules ZZ-TEST@1+",
        "Deadlines",
        "2023-03-15",
        "open",
        "[2001] EWCA Civ 1",
        "2 years from the act",
        "Requirements",
        "certificate_of_merit",
        "Damages (USD)",
        "Recoverable",
        "pending bill",
        "Not legal advice",
    ):
        assert expected in out, expected


def test_check_json_contract(zz) -> None:
    result = run("check", zz(zz_case()), "--as-of", "2022-01-01", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data.keys() >= RESULT_KEYS
    (deadline,) = data["deadlines"]
    assert deadline.keys() >= DEADLINE_KEYS
    assert (deadline["date"], deadline["status"]) == ("2023-03-15", "open")
    assert data["damages"]["after_caps"]["non_economic"] == 300_000
    assert json.loads(run("check", zz(zz_case()), "--as-of", "2022-01-01", "--format", "json").stdout) == data


def test_check_as_of_changes_status(zz) -> None:
    path = zz(zz_case())
    statuses = []
    for on in ("2023-03-15", "2023-03-16"):
        data = json.loads(run("check", path, "--as-of", on, "--json").stdout)
        statuses.append(data["deadlines"][0]["status"])
    assert statuses == ["open", "expired"]


def test_check_no_trace(zz) -> None:
    data = json.loads(run("check", zz(zz_case()), "--as-of", "2022-01-01", "--json", "--no-trace").stdout)
    assert data["deadlines"][0]["trace"] == []
    assert "2 years from the act" not in run("check", zz(zz_case()), "--as-of", "2022-01-01", "--no-trace").stdout


def test_check_reads_stdin_json_and_yaml(zz) -> None:
    expected = json.loads(run("check", zz(zz_case()), "--as-of", "2022-01-01", "--json").stdout)
    for text in (json.dumps(zz_case()), yaml.safe_dump(zz_case())):
        result = run("check", "-", "--as-of", "2022-01-01", "--json", input=text)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == expected


def test_check_icalendar(zz) -> None:
    result = run("check", zz(zz_case()), "--as-of", "2022-01-01", "--format", "icalendar")
    assert result.exit_code == 0, result.output
    text = result.stdout_bytes.decode("utf-8")  # .stdout turns CRLF into LF
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20230315\r\n" in text and "DTEND;VALUE=DATE:20230316\r\n" in text
    assert "DTSTAMP:20220101T000000Z\r\n" in text
    assert "SUMMARY:limitation – Dr A\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "Test Limitation Act 2000 s.1 [2001] EWCA Civ 1" in unfolded
    # deterministic: the same case and as-of date give the same calendar
    assert run("check", zz(zz_case()), "--as-of", "2022-01-01", "--format", "icalendar").stdout_bytes == (
        result.stdout_bytes
    )


def test_block_is_passed_to_the_engine(zz) -> None:
    result = run("check", zz(zz_case()), "--as-of", "2022-01-01", "--block", "icalendar", "--block", "us_ny,gb_eng")
    assert result.exit_code == 0, result.output
    assert zz.blocks[-1] == ["icalendar", "us_ny", "gb_eng"]
    result = run("check", zz(zz_case()), "--format", "icalendar", "--block", "icalendar")
    assert result.exit_code == 2
    assert "error: --format: 'icalendar' is not a registered output format" in result.stderr


# --- check: bad input gives exit 2 and names the field --------------------------------------------


@pytest.mark.parametrize(
    ("case", "field"),
    [
        (zz_case(events__act_or_omission="2023-02-30"), "events.act_or_omission"),
        (zz_case(events__death="1979-05-01"), "events.death"),
        (zz_case(jurisdiction="XX-NOWHERE"), "jurisdiction"),
        (zz_case(damages__economic=-5), "damages.economic"),
        (zz_case(events__surgery="2021-01-01"), "events.surgery"),
        (zz_case(defendants=[]), "defendants"),
        ('{"jurisdiction": "ZZ-TEST", "claim_type": ', "file"),
        ("[1, 2]", "case"),
    ],
    ids=[
        "impossible-date",
        "death-before-birth",
        "unknown-jurisdiction",
        "negative-damages",
        "unknown-field",
        "no-defendants",
        "malformed-json",
        "not-an-object",
    ],
)
def test_bad_case_exits_2_naming_the_field(zz, case: Any, field: str) -> None:
    result = run("check", zz(case), "--as-of", "2022-01-01")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert f"error: {field}: " in result.stderr


def test_bad_case_on_stdin(zz) -> None:
    result = run("check", "-", input="jurisdiction: [unclosed")
    assert result.exit_code == 2
    assert "error: file: is not valid JSON or YAML" in result.stderr


def test_every_problem_is_listed(zz) -> None:
    result = run("check", zz(zz_case(damages__economic=-1, damages__punitive=-2, claim_type="slip")))
    assert result.exit_code == 2
    for field in ("damages.economic", "damages.punitive", "claim_type"):
        assert f"error: {field}: " in result.stderr


def test_missing_file(zz, tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.json"))
    assert result.exit_code == 2
    assert "error: file: " in result.stderr and "nope.json does not exist" in result.stderr


@pytest.mark.parametrize("value", ["2023-02-30", "tomorrow", "2023/01/01"])
def test_bad_as_of(zz, value: str) -> None:
    result = run("check", zz(zz_case()), "--as-of", value)
    assert result.exit_code == 2
    assert "error: --as-of: " in result.stderr and value in result.stderr


def test_unknown_format(zz) -> None:
    result = run("check", zz(zz_case()), "--format", "pdf")
    assert result.exit_code == 2
    assert "error: --format: 'pdf' is not a registered output format (available: icalendar, json, text)" in (
        result.stderr
    )


def test_unexpected_error_exits_1_without_traceback(zz, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self, *args, **kwargs):
        raise ZeroDivisionError("kaput")

    monkeypatch.setattr(Engine, "evaluate", boom)
    monkeypatch.delenv("MEDMAL_DEBUG", raising=False)
    result = run("check", zz(zz_case()))
    assert result.exit_code == 1
    assert "error: unexpected ZeroDivisionError: kaput" in result.stderr
    monkeypatch.setenv("MEDMAL_DEBUG", "1")
    debug = runner.invoke(cli.app, ["check", zz(zz_case())])
    assert isinstance(debug.exception, ZeroDivisionError)


# --- schema ---------------------------------------------------------------------------------------


def test_schema_matches_committed_file() -> None:
    result = run("schema")
    assert result.exit_code == 0
    generated = json.loads(result.stdout)
    assert generated == cli.case_schema()
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == generated, (
        "core/schema/case.schema.json is stale: regenerate it with `medmal schema > core/schema/case.schema.json`"
    )
    assert SCHEMA_FILE.read_text(encoding="utf-8") == result.stdout


def test_result_schema_matches_committed_file() -> None:
    result = run("schema", "--result")
    assert result.exit_code == 0
    generated = json.loads(result.stdout)
    assert set(generated["properties"]) >= RESULT_KEYS
    assert set(generated["$defs"]["Deadline"]["properties"]) >= DEADLINE_KEYS
    assert json.loads(RESULT_SCHEMA_FILE.read_text(encoding="utf-8")) == generated, (
        "core/schema/result.schema.json is stale: regenerate it with `medmal schema --result > ...`"
    )


# --- jurisdictions, explain, plugins ----------------------------------------------------------------


def test_jurisdictions(zz) -> None:
    result = run("jurisdictions")
    assert result.exit_code == 0, result.output
    assert "ZZ-TEST" in result.stdout and "Testland" in result.stdout
    items = json.loads(run("jurisdictions", "--json").stdout)
    (item,) = [i for i in items if i["code"] == "ZZ-TEST"]
    assert item["aliases"] == ["ZZ"]
    assert item["rules"] == {"deadline": 1, "requirement": 1, "damages": 1, "warning": 1}
    assert item["rules_version"].startswith("ZZ-TEST@1+")
    assert item["plugin"] == "test_cli"


def test_explain(zz) -> None:
    result = run("explain", "zz")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in (
        "ZZ-TEST",
        "zz.limitation",
        "@ 2000",
        CITE,
        "2000-01-01",
        "(act_or_omission + 2 years)",
        "facts needed",
        "non_economic_cap[on act_or_omission]",
        "Test Damages (Uprating) Order 2019",
        "a pending bill",
    ):
        assert expected in out, expected
    one = run("explain", "ZZ-TEST", "zz.cap", "--json")
    data = json.loads(one.stdout)
    assert [r["id"] for r in data["rules"]] == ["zz.cap"]
    assert list(data["parameters"]) == ["non_economic_cap"]
    assert data["rules_version"].startswith("ZZ-TEST@1+")
    only = run("explain", "ZZ-TEST", "zz.limitation").stdout
    assert "zz.limitation" in only and "zz.cap" not in only and "non_economic_cap" not in only


def test_explain_unknowns(zz) -> None:
    result = run("explain", "XX")
    assert result.exit_code == 2
    assert "error: jurisdiction: 'XX' is not a registered jurisdiction" in result.stderr
    result = run("explain", "ZZ-TEST", "zz.nothing")
    assert result.exit_code == 2
    assert "error: RULE_ID: 'zz.nothing' is not a rule of ZZ-TEST" in result.stderr


def test_plugins(zz) -> None:
    result = run("plugins")
    assert result.exit_code == 0, result.output
    for name in ("text", "json", "icalendar", "medmal.plugins.text_report"):
        assert name in result.stdout
    assert "(blocked)" in run("plugins", "--block", "icalendar").stdout


# --- the shipped examples, on the real jurisdiction plugins ----------------------------------------

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json")) + sorted(EXAMPLES.glob("*.yaml"))


def _registered() -> set[str]:
    return set(Engine().registry.codes())


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples(path: Path) -> None:
    code = yaml.safe_load(path.read_text(encoding="utf-8"))["jurisdiction"]
    if code not in _registered():
        pytest.skip(f"jurisdiction {code} is not registered yet")
    text = run("check", str(path), "--as-of", "2024-01-01")
    assert text.exit_code == 0, text.output
    assert code in text.stdout and "Not legal advice" in text.stdout
    result = run("check", str(path), "--as-of", "2024-01-01", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data.keys() >= RESULT_KEYS
    assert data["jurisdiction"] == code and data["as_of"] == "2024-01-01"
    assert data["deadlines"]
    for deadline in data["deadlines"]:
        assert deadline.keys() >= DEADLINE_KEYS
    ical = run("check", str(path), "--as-of", "2024-01-01", "--format", "icalendar")
    assert ical.exit_code == 0 and ical.stdout.startswith("BEGIN:VCALENDAR")


def test_example_from_stdin_and_as_of() -> None:
    if "US-NY" not in _registered():
        pytest.skip("jurisdiction US-NY is not registered yet")
    text = (EXAMPLES / "ny-lavern.json").read_text(encoding="utf-8")
    early = run("check", "-", "--as-of", "2021-06-01", "--json", input=text)
    late = run("check", "-", "--as-of", "2035-01-01", "--json", input=text)
    assert early.exit_code == late.exit_code == 0, early.output + late.output
    first, last = json.loads(early.stdout), json.loads(late.stdout)
    assert first["deadlines"][0]["status"] == "open"
    assert [d["status"] for d in first["deadlines"]] != [d["status"] for d in last["deadlines"]]


def test_examples_explain_and_jurisdictions() -> None:
    registered = _registered()
    if not {"US-NY", "GB-ENG"} <= registered:
        pytest.skip("the US-NY and GB-ENG plugins are not registered yet")
    listing = json.loads(run("jurisdictions", "--json").stdout)
    assert {"US-NY", "GB-ENG"} <= {item["code"] for item in listing}
    for code in ("US-NY", "GB-ENG"):
        result = run("explain", code)
        assert result.exit_code == 0, result.output
        data = json.loads(run("explain", code, "--json").stdout)
        rule_id = data["rules"][0]["id"]
        one = json.loads(run("explain", code, rule_id, "--json").stdout)
        assert {r["id"] for r in one["rules"]} == {rule_id}


# --- the installed console script -----------------------------------------------------------------


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """One real process: the installed entry point, real plugin loading, exit codes, stderr."""
    script = shutil.which("medmal", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-c", "from medmal.cli import main; main()"]
    schema = subprocess.run([*command, "schema"], capture_output=True, text=True, timeout=120)
    assert schema.returncode == 0, schema.stderr
    assert json.loads(schema.stdout) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "jurisdiction": "US-NY",
                "claim_type": "personal_injury",
                "defendants": [{"name": "Dr A"}],
                "events": {"act_or_omission": "2023-02-30"},
            }
        )
    )
    failed = subprocess.run([*command, "check", str(bad)], capture_output=True, text=True, timeout=120)
    assert failed.returncode == 2
    assert "error: events.act_or_omission: " in failed.stderr
    assert "Traceback" not in failed.stderr + failed.stdout
