"""Flatten a :class:`~medmal.case.Case` into the fact names rules read.

A name absent from the returned dict is *unknown*; a name mapped to ``None`` is a fact
the case confirms does not apply. Defendant facts are prefixed ``defendant.``.
"""

from __future__ import annotations

from typing import Any

from .case import KIND_IS_INSTITUTION, Case, Defendant

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
    "claim_denied": "procedure.claim_denied",
    "administrative_claim_presented": "procedure.administrative_claim_presented",
    "claimant_fault": "claimant_fault",
    "defendant.name": "defendants[].name",
    "defendant.kind": "defendants[].kind",
    "defendant.public_entity": "defendants[].public_entity",
    "defendant.answer_filed": "defendants[].answer_filed",
    "defendants.individuals": "defendants[].institution",
    "defendants.institutions": "defendants[].institution",
    "defendants.uncategorised": "defendants[].institution",
    "defendants.count": "defendants[]",
    "defendants.municipal": "defendants[].public_entity",
    "defendants.state": "defendants[].public_entity",
    "defendants.federal": "defendants[].public_entity",
    "damages.total": "damages",
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
    "claim_denied",
    "administrative_claim_presented",
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
    # Damages caps are counted by category of defendant sued (individual practitioners,
    # institutions); a defendant whose category is not known counts in neither.
    individuals = institutions = uncategorised = 0
    levels = []
    for defendant in data["defendants"]:
        fields = defendant.__dict__
        category = fields["institution"]
        if category is None:
            category = KIND_IS_INSTITUTION.get(fields["kind"])
        if category is None:
            uncategorised += 1
        elif category:
            institutions += 1
        else:
            individuals += 1
        levels.append(fields["public_entity"])
    facts["defendants.individuals"] = individuals
    facts["defendants.institutions"] = institutions
    facts["defendants.uncategorised"] = uncategorised
    facts["defendants.count"] = len(levels)
    for level in ("municipal", "state", "federal"):
        facts[f"defendants.{level}"] = levels.count(level)
    damages = data["damages"]
    if damages is not None:
        money = damages.__dict__
        facts["damages.total"] = money["economic"] + money["non_economic"] + money["punitive"]
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
