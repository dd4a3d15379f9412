"""Flatten a :class:`~medmal.case.Case` into the fact names rules read.

A name absent from the returned dict is *unknown*; a name mapped to ``None`` is a fact
the case confirms does not apply. Defendant facts are prefixed ``defendant.``.
"""

from __future__ import annotations

from typing import Any

from .case import Case, Defendant

__all__ = ["FACT_NAMES", "case_facts", "set_defendant"]

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


#: confirmed_absent path -> fact name, and the value a confirmed-absent fact takes.
_ABSENT_AS: dict[str, tuple[str, Any]] = {
    **{f"events.{name}": (name, None) for name in _EVENT_FIELDS},
    **{f"procedure.{name}": (name, None) for name in _PROCEDURE_FIELDS},
    "claimant.date_of_birth": ("date_of_birth", None),
    "claimant.incapacity": ("incapacity", ()),
    "allegations": ("allegations", frozenset()),
}


def case_facts(case: Case) -> dict[str, Any]:
    """The case-level facts: known values, and the "absent" value for confirmed-absent ones."""
    # pydantic keeps field values in __dict__. Each attribute read on a model goes through
    # BaseModel.__getattr__'s slow lookup path, so each model's __dict__ is read once and
    # then indexed: this runs for every case evaluated.
    data = case.__dict__
    facts: dict[str, Any] = {}
    for name, value in data["events"].__dict__.items():
        if value is not None:
            facts[name] = value
    facts["claim_type"] = data["claim_type"]
    absent = data["confirmed_absent"]
    if absent:
        for path in absent:
            found = _ABSENT_AS.get(path)
            if found is not None:
                facts[found[0]] = found[1]
    for name, value in data["procedure"].__dict__.items():
        if value is not None:
            facts[name] = value
    claimant = data["claimant"].__dict__
    value = claimant["date_of_birth"]
    if value is not None:
        facts["date_of_birth"] = value
    value = claimant["incapacity"]
    if value is not None:
        facts["incapacity"] = tuple((p.start, p.end) for p in value) if value else ()
    value = data["allegations"]
    if value is not None:
        facts["allegations"] = frozenset(value)
    value = data["claimant_fault"]
    if value is not None:
        facts["claimant_fault"] = value
    return facts


def set_defendant(facts: dict[str, Any], defendant: Defendant) -> dict[str, Any]:
    """Put ``defendant``'s facts into ``facts`` (replacing another defendant's)."""
    data = defendant.__dict__
    facts["defendant.name"] = data["name"]
    facts["defendant.kind"] = data["kind"]
    facts["defendant.public_entity"] = data["public_entity"]
    answer = data["answer_filed"]
    if answer is not None:
        facts["defendant.answer_filed"] = answer
    else:
        facts.pop("defendant.answer_filed", None)
    return facts
