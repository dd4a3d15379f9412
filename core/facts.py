"""Flatten a :class:`~medmal.case.Case` into the fact names rules read.

A name absent from the returned dict is *unknown*; a name mapped to ``None`` is a fact
the case confirms does not apply. Defendant facts are prefixed ``defendant.``.
"""

from __future__ import annotations

from typing import Any

from .case import Case, Defendant

__all__ = ["FACT_NAMES", "case_facts", "defendant_facts"]

#: Fact name -> the case path it comes from (used in warnings, docs and batch columns).
FACT_NAMES: dict[str, str] = {
    "claim_type": "claim_type",
    "date_of_birth": "claimant.date_of_birth",
    "incapacity": "claimant.incapacity",
    "act_or_omission": "events.act_or_omission",
    "injury": "events.injury",
    "discovery": "events.discovery",
    "continuous_treatment_end": "events.continuous_treatment_end",
    "foreign_object_discovery": "events.foreign_object_discovery",
    "concealment_discovery": "events.concealment_discovery",
    "death": "events.death",
    "representative_appointed": "events.representative_appointed",
    "allegations": "allegations",
    "notice_of_claim_served": "procedure.notice_of_claim_served",
    "pre_action_letter": "procedure.pre_action_letter",
    "complaint_filed": "procedure.complaint_filed",
    "complaint_served": "procedure.complaint_served",
    "certificate_of_merit_served": "procedure.certificate_of_merit_served",
    "claimant_fault": "claimant_fault",
    "defendant.name": "defendants[].name",
    "defendant.kind": "defendants[].kind",
    "defendant.public_entity": "defendants[].public_entity",
    "defendant.answer_filed": "defendants[].answer_filed",
}

_EVENT_FIELDS = (
    "act_or_omission",
    "injury",
    "discovery",
    "continuous_treatment_end",
    "foreign_object_discovery",
    "concealment_discovery",
    "death",
    "representative_appointed",
)
_PROCEDURE_FIELDS = (
    "notice_of_claim_served",
    "pre_action_letter",
    "complaint_filed",
    "complaint_served",
    "certificate_of_merit_served",
)


def case_facts(case: Case) -> dict[str, Any]:
    """The case-level facts: known values, and ``None`` for confirmed-absent ones."""
    facts: dict[str, Any] = {"claim_type": case.claim_type}
    absent = case.confirmed_absent
    claimant = case.claimant
    if claimant.date_of_birth is not None:
        facts["date_of_birth"] = claimant.date_of_birth
    elif "claimant.date_of_birth" in absent:
        facts["date_of_birth"] = None
    if claimant.incapacity is not None:
        facts["incapacity"] = tuple((p.start, p.end) for p in claimant.incapacity)
    elif "claimant.incapacity" in absent:
        facts["incapacity"] = ()
    events = case.events
    for name in _EVENT_FIELDS:
        value = getattr(events, name)
        if value is not None:
            facts[name] = value
        elif "events." + name in absent:
            facts[name] = None
    procedure = case.procedure
    for name in _PROCEDURE_FIELDS:
        value = getattr(procedure, name)
        if value is not None:
            facts[name] = value
        elif "procedure." + name in absent:
            facts[name] = None
    if case.allegations is not None:
        facts["allegations"] = frozenset(case.allegations)
    elif "allegations" in absent:
        facts["allegations"] = frozenset()
    if case.claimant_fault is not None:
        facts["claimant_fault"] = case.claimant_fault
    return facts


def defendant_facts(base: dict[str, Any], defendant: Defendant) -> dict[str, Any]:
    facts = dict(base)
    facts["defendant.name"] = defendant.name
    facts["defendant.kind"] = defendant.kind
    facts["defendant.public_entity"] = defendant.public_entity
    if defendant.answer_filed is not None:
        facts["defendant.answer_filed"] = defendant.answer_filed
    return facts
