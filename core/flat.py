"""The flat (one row per case and defendant) form of a case, for batch files and columns.

A portfolio file has one row per claim against one defendant, with columns named by the
case contract's leaf names. This module is the single statement of that mapping: the
batch reader, the columnar backend and the documentation all use :data:`FLAT_COLUMNS`.

Unknown stays distinct from "no" exactly as in a case file: an empty cell is unknown,
and ``confirmed_absent`` (``;``-separated case paths) says what is known not to apply.
``allegations`` is ``;``-separated; an empty cell is unknown, and ``allegations`` in
``confirmed_absent`` says there are none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from .case import Case
from .result import Deadline, Result

__all__ = ["FLAT_COLUMNS", "FlatColumn", "case_to_rows", "output_columns", "result_rows", "row_to_case"]

ColumnType = Literal["str", "date", "float", "list"]


@dataclass(frozen=True, slots=True)
class FlatColumn:
    name: str
    type: ColumnType
    path: str  # where the value goes in the case contract
    description: str = ""


def _c(name: str, type_: ColumnType, path: str, description: str = "") -> FlatColumn:
    return FlatColumn(name, type_, path, description)


#: Column name -> its type and the case path it maps to, in file order.
FLAT_COLUMNS: dict[str, FlatColumn] = {
    c.name: c
    for c in (
        _c("case_id", "str", "", "Your identifier for the row; carried to the output, not to the case."),
        _c("jurisdiction", "str", "jurisdiction"),
        _c("claim_type", "str", "claim_type"),
        _c("date_of_birth", "date", "claimant.date_of_birth"),
        _c("incapacity_start", "date", "claimant.incapacity[0].start", "One period of incapacity."),
        _c("incapacity_end", "date", "claimant.incapacity[0].end", "Empty while it continues."),
        _c("act_or_omission", "date", "events.act_or_omission"),
        _c("injury", "date", "events.injury"),
        _c("discovery", "date", "events.discovery"),
        _c("continuous_treatment_end", "date", "events.continuous_treatment_end"),
        _c("foreign_object_discovery", "date", "events.foreign_object_discovery"),
        _c("concealment_discovery", "date", "events.concealment_discovery"),
        _c("death", "date", "events.death"),
        _c("representative_appointed", "date", "events.representative_appointed"),
        _c("defendant_name", "str", "defendants[0].name", "Defaults to the case_id, else 'defendant'."),
        _c("defendant_kind", "str", "defendants[0].kind", "physician (default), hospital, other_provider."),
        _c("public_entity", "str", "defendants[0].public_entity", "Empty for a private defendant."),
        _c("answer_filed", "date", "defendants[0].answer_filed"),
        _c("allegations", "list", "allegations", "';'-separated allegation codes."),
        _c("notice_of_claim_served", "date", "procedure.notice_of_claim_served"),
        _c("pre_action_letter", "date", "procedure.pre_action_letter"),
        _c("complaint_filed", "date", "procedure.complaint_filed"),
        _c("complaint_served", "date", "procedure.complaint_served"),
        _c("certificate_of_merit_served", "date", "procedure.certificate_of_merit_served"),
        _c("claim_denied", "date", "procedure.claim_denied", "Agency's final denial mailed (FTCA)."),
        _c(
            "administrative_claim_presented", "date", "procedure.administrative_claim_presented",
            "Administrative claim received by the federal agency (FTCA).",
        ),
        _c("currency", "str", "damages.currency"),
        _c("economic", "float", "damages.economic"),
        _c("non_economic", "float", "damages.non_economic"),
        _c("punitive", "float", "damages.punitive"),
        _c("future_economic", "float", "damages.future_economic"),
        _c("future_non_economic", "float", "damages.future_non_economic"),
        _c("claimant_fault", "float", "claimant_fault", "0 to 1."),
        _c("confirmed_absent", "list", "confirmed_absent", "';'-separated case paths known not to apply."),
    )
}

_DAMAGES = ("currency", "economic", "non_economic", "punitive", "future_economic", "future_non_economic")
_EVENTS = (
    "act_or_omission",
    "injury",
    "discovery",
    "continuous_treatment_end",
    "foreign_object_discovery",
    "concealment_discovery",
    "death",
    "representative_appointed",
)
_PROCEDURE = (
    "notice_of_claim_served",
    "pre_action_letter",
    "complaint_filed",
    "complaint_served",
    "certificate_of_merit_served",
    "claim_denied",
    "administrative_claim_presented",
)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _split(value: Any) -> list[str] | None:
    if _blank(value):
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [str(part) for part in value]


def row_to_case(row: Mapping[str, Any]) -> Case:
    """Build a :class:`Case` from one flat row (cells may be strings, dates or numbers).

    Raises ``pydantic.ValidationError`` or ``ValueError`` naming the case field at fault.
    Columns not in :data:`FLAT_COLUMNS` are an error, so a misspelt header is not ignored.
    """
    unknown = sorted(set(row) - set(FLAT_COLUMNS))
    if unknown:
        raise ValueError(f"{unknown[0]}: is not a batch column")

    def get(name: str) -> Any:
        value = row.get(name)
        return None if _blank(value) else value

    defendant: dict[str, Any] = {
        "name": get("defendant_name") or get("case_id") or "defendant",
        "kind": get("defendant_kind") or "physician",
        "public_entity": get("public_entity"),
    }
    if get("answer_filed") is not None:
        defendant["answer_filed"] = get("answer_filed")
    incapacity = None
    if get("incapacity_start") is not None:
        incapacity = [{"start": get("incapacity_start"), "end": get("incapacity_end")}]
    elif get("incapacity_end") is not None:
        raise ValueError("incapacity_end: is set without incapacity_start")
    data: dict[str, Any] = {
        "jurisdiction": get("jurisdiction"),
        "claim_type": get("claim_type"),
        "claimant": {"date_of_birth": get("date_of_birth"), "incapacity": incapacity},
        "defendants": [defendant],
        "events": {name: get(name) for name in _EVENTS},
        "allegations": _split(row.get("allegations")),
        "procedure": {name: get(name) for name in _PROCEDURE},
        "claimant_fault": get("claimant_fault"),
        "confirmed_absent": _split(row.get("confirmed_absent")) or [],
    }
    if any(get(name) is not None for name in _DAMAGES):
        data["damages"] = {name: get(name) for name in _DAMAGES if get(name) is not None}
    return Case.model_validate(data)


def _absent(case: Case) -> set[str]:
    """``confirmed_absent`` as a row states it: an empty list ("none") has no cell of its
    own (an empty cell reads back as unknown), so the path is named here instead."""
    absent = set(case.confirmed_absent)
    if case.allegations == []:
        absent.add("allegations")
    if case.claimant.incapacity == []:
        absent.add("claimant.incapacity")
    return absent


def case_to_rows(case: Case, case_id: str = "") -> list[dict[str, Any]]:
    """The flat rows of ``case``: one per defendant. Only the first incapacity period
    fits a row; a case with more raises ``ValueError`` rather than losing one."""
    incapacity = case.claimant.incapacity
    if incapacity is not None and len(incapacity) > 1:
        raise ValueError("claimant.incapacity: a flat row holds one period")
    base: dict[str, Any] = {
        "case_id": case_id,
        "jurisdiction": case.jurisdiction,
        "claim_type": case.claim_type,
        "date_of_birth": case.claimant.date_of_birth,
        "incapacity_start": incapacity[0].start if incapacity else None,
        "incapacity_end": incapacity[0].end if incapacity else None,
        "allegations": ";".join(case.allegations) if case.allegations is not None else None,
        "claimant_fault": case.claimant_fault,
        "confirmed_absent": ";".join(sorted(_absent(case))) or None,
    }
    base.update({name: getattr(case.events, name) for name in _EVENTS})
    base.update({name: getattr(case.procedure, name) for name in _PROCEDURE})
    for name in _DAMAGES:
        base[name] = getattr(case.damages, name) if case.damages is not None else None
    rows = []
    for defendant in case.defendants:
        row = dict(base)
        row.update(
            defendant_name=defendant.name,
            defendant_kind=defendant.kind,
            public_entity=defendant.public_entity,
            answer_filed=defendant.answer_filed,
        )
        rows.append({name: row.get(name) for name in FLAT_COLUMNS})
    return rows



#: The fixed leading output columns; one ``{kind}_date`` / ``{kind}_status`` pair follows
#: for every other deadline kind.
_OUTPUT_HEAD: tuple[tuple[str, ColumnType], ...] = (
    ("case_id", "str"),
    ("jurisdiction", "str"),
    ("rules_version", "str"),
    ("limitation_date", "date"),
    ("limitation_status", "str"),
    ("limitation_citation", "str"),
    ("limitation_rule", "str"),
    ("limitation_discretion", "str"),
    ("missing_facts", "str"),
)


def output_columns(kinds: Iterable[str]) -> list[tuple[str, ColumnType]]:
    """The output columns of a batch run whose jurisdictions produce deadline ``kinds``.

    ``limitation_rule`` is ``rule_id@version``, so every row says which version of the
    law decided it; ``missing_facts`` (``;``-separated) names the facts that could move
    the limitation date.
    """
    columns = list(_OUTPUT_HEAD)
    for kind in sorted(set(kinds) - {"limitation"}):
        columns += [(f"{kind}_date", "date"), (f"{kind}_status", "str")]
    return columns


def result_rows(result: Result, case_id: str, kinds: Iterable[str]) -> list[dict[str, Any]]:
    """The output rows for ``result``: one per defendant, in :func:`output_columns` order.

    Where a defendant has two deadlines of one kind the earliest is shown (results list
    deadlines earliest first), as a docket would.
    """
    names = [name for name, _ in output_columns(kinds)]
    by_defendant: dict[str | None, dict[str, Deadline]] = {}
    for deadline in result.deadlines:
        by_defendant.setdefault(deadline.defendant, {}).setdefault(deadline.kind, deadline)
    rows = []
    for defendant, found in by_defendant.items():
        if defendant is None and len(by_defendant) > 1:
            continue  # case-wide deadlines are folded into every defendant's row below
        merged = {**by_defendant.get(None, {}), **found}
        row: dict[str, Any] = dict.fromkeys(names)
        row.update(case_id=case_id, jurisdiction=result.jurisdiction, rules_version=result.rules_version)
        limitation = merged.get("limitation")
        if limitation is not None:
            row.update(
                limitation_date=_day(limitation.date),
                limitation_status=limitation.status,
                limitation_citation=limitation.citation,
                limitation_rule=f"{limitation.rule_id}@{limitation.rule_version}",
                limitation_discretion=limitation.discretion,
                missing_facts=";".join(limitation.missing_facts) or None,
            )
        for kind, deadline in merged.items():
            if kind != "limitation" and f"{kind}_date" in row:
                row[f"{kind}_date"] = _day(deadline.date)
                row[f"{kind}_status"] = deadline.status
        rows.append(row)
    return rows


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
