"""The case: everything a lawyer may know about a medical-malpractice claim.

Every fact is optional unless no rule can work without it, and *unknown* stays distinct
from *no*: a date left ``null`` is unknown (the engine then reports the earliest deadline
that could apply and names the fact), a list left ``null`` is unknown while ``[]`` says
there is none, and ``confirmed_absent`` lists facts the lawyer knows did not happen (for
example ``"events.continuous_treatment_end"`` when there was no continuing treatment).

The models are frozen and reject unknown fields, so a typo in a case file is an error
that names the field rather than a silently ignored fact.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ALLEGATIONS",
    "Case",
    "Claimant",
    "Damages",
    "Defendant",
    "Events",
    "IncapacityPeriod",
    "Procedure",
]

ClaimType = Literal["personal_injury", "wrongful_death"]
DefendantKind = Literal["physician", "hospital", "other_provider"]
PublicEntity = Literal["municipal", "state", "federal"]
#: What a defendant's kind says about its category for damages caps (other_provider: unknown).
KIND_IS_INSTITUTION: dict[str, bool] = {"hospital": True, "physician": False}

#: Allegations the built-in rules know. Others are accepted and carried through, so a
#: third-party jurisdiction can define its own, but no built-in rule reads them.
ALLEGATIONS: dict[str, str] = {
    "failure_to_diagnose_cancer": "failure to diagnose a cancer or malignant tumour",
    "foreign_object": "a foreign object left in the body",
    "birth_injury": "an injury sustained at or around birth",
    "fraudulent_concealment": "the defendant fraudulently or deliberately concealed a relevant fact",
    "wrong_site_surgery": "surgery on the wrong site, side or patient",
    "medication_error": "a wrong drug or dose",
}

NonNegative = Annotated[float, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class IncapacityPeriod(_Model):
    """A period during which the claimant lacked capacity to conduct proceedings."""

    start: date = Field(description="First day of the incapacity.")
    end: date | None = Field(None, description="Last day of the incapacity; null while it continues.")

    @model_validator(mode="after")
    def _ordered(self) -> IncapacityPeriod:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end: {self.end} is before start {self.start}")
        return self


class Claimant(_Model):
    date_of_birth: date | None = Field(None, description="Needed for infancy tolls; null if unknown.")
    incapacity: list[IncapacityPeriod] | None = Field(
        None, description="Periods of mental incapacity; [] for none, null if unknown."
    )


class Defendant(_Model):
    name: str = Field(min_length=1)
    kind: DefendantKind = "physician"
    public_entity: PublicEntity | None = Field(
        None, description="null for a private defendant, else the level of government."
    )
    answer_filed: date | None = Field(None, description="Date this defendant's answer was filed.")
    institution: bool | None = Field(
        None,
        description=(
            "Whether this defendant is a health care institution as the cap statutes define it "
            "(a licensed facility such as a hospital, nursing home, hospice or ambulatory surgical "
            "centre) rather than a practitioner - the categories damages caps are counted by "
            "(Cal. Civ. Code § 3333.2, Tex. CPRC §§ 74.001(a)(11), 74.301). A physicians' group "
            "practice or professional association is not an institution (Tex. CPRC "
            "§ 74.001(a)(23) counts it as a physician). Null: taken from kind (hospital: yes, "
            "physician: no, other_provider: unknown)."
        ),
    )

    @model_validator(mode="after")
    def _institution_matches_kind(self) -> Defendant:
        implied = KIND_IS_INSTITUTION.get(self.kind)
        if self.institution is not None and implied is not None and self.institution != implied:
            raise ValueError(f"institution: {str(self.institution).lower()} contradicts kind {self.kind!r}")
        return self

    @property
    def is_institution(self) -> bool | None:
        """True for a health care institution, False for an individual, None if not known."""
        if self.institution is not None:
            return self.institution
        return KIND_IS_INSTITUTION.get(self.kind)


class Events(_Model):
    act_or_omission: date | None = Field(None, description="The negligent act or omission.")
    injury: date | None = Field(None, description="When the injury was sustained or manifested.")
    discovery: date | None = Field(
        None,
        description=(
            "When the claimant knew, or should reasonably have known, of the injury, its "
            "cause and the defendant (the E&W 'date of knowledge')."
        ),
    )
    continuous_treatment_end: date | None = Field(
        None, description="Last day of continuous treatment for the same condition."
    )
    foreign_object_discovery: date | None = Field(
        None, description="When a foreign object was, or reasonably should have been, discovered."
    )
    concealment_discovery: date | None = Field(
        None, description="When concealed fraud or facts were, or could with diligence have been, discovered."
    )
    death: date | None = Field(None, description="Date of the claimant's death.")
    representative_appointed: date | None = Field(
        None, description="Date a personal representative of the estate was appointed."
    )


class Procedure(_Model):
    notice_of_claim_served: date | None = None
    pre_action_letter: date | None = Field(None, description="Letter of claim / notice of intent sent.")
    complaint_filed: date | None = Field(None, description="Complaint or claim form filed (action commenced).")
    complaint_served: date | None = None
    certificate_of_merit_served: date | None = None
    claim_denied: date | None = Field(
        None,
        description=(
            "Date the agency mailed its final written denial of the administrative claim "
            "(Federal Tort Claims Act, 28 U.S.C. § 2401(b): by certified or registered mail - enter that "
            "mailing's date; a denial sent otherwise may start no time running)."
        ),
    )
    # Its own field, not notice_of_claim_served: a state or municipal notice (GML 50-e, a
    # Court of Claims notice of intention) served in the same case is not an FTCA claim.
    administrative_claim_presented: date | None = Field(
        None,
        description=(
            "Date the federal agency received the administrative claim (SF-95 or other written claim for a sum "
            "certain; Federal Tort Claims Act, 28 C.F.R. § 14.2(a)). For a wrongful-death claim, the death claim's "
            "own presentation: a claim the decedent presented before dying does not count for it."
        ),
    )

    @model_validator(mode="after")
    def _denied_after_presented(self) -> Procedure:
        presented = self.administrative_claim_presented
        if self.claim_denied is not None and presented is not None and self.claim_denied < presented:
            raise ValueError(
                f"claim_denied: {self.claim_denied} is before the claim was presented "
                f"(administrative_claim_presented {presented})"
            )
        return self


class Damages(_Model):
    currency: str = Field("USD", min_length=3, max_length=3, pattern="^[A-Z]{3}$")
    economic: NonNegative = 0.0
    non_economic: NonNegative = 0.0
    punitive: NonNegative = 0.0
    future_economic: NonNegative | None = Field(None, description="Part of economic that is future loss.")
    future_non_economic: NonNegative | None = Field(
        None, description="Part of non_economic that is future pain and suffering."
    )

    @model_validator(mode="after")
    def _parts_within_totals(self) -> Damages:
        if self.future_economic is not None and self.future_economic > self.economic:
            raise ValueError("future_economic: is larger than economic")
        if self.future_non_economic is not None and self.future_non_economic > self.non_economic:
            raise ValueError("future_non_economic: is larger than non_economic")
        return self


_EVENT_AFTER_BIRTH = ("injury", "discovery", "continuous_treatment_end", "death")


class Case(_Model):
    """One medical-malpractice claim in one jurisdiction."""

    jurisdiction: str = Field(min_length=2, description="Jurisdiction code, e.g. US-NY or GB-ENG.")
    claim_type: ClaimType
    claimant: Claimant = Claimant()
    defendants: list[Defendant] = Field(min_length=1)
    events: Events = Events()
    allegations: list[str] | None = Field(None, description="Allegation codes; [] for none, null if unknown.")
    procedure: Procedure = Procedure()
    damages: Damages | None = None
    claimant_fault: float | None = Field(None, ge=0, le=1, description="Claimant's share of fault, 0 to 1.")
    confirmed_absent: frozenset[str] = Field(
        frozenset(), description="Fact paths known not to apply, e.g. events.continuous_treatment_end."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Case:
        ev = self.events
        born = self.claimant.date_of_birth
        if born is not None:
            for name in _EVENT_AFTER_BIRTH:
                value = getattr(ev, name)
                if value is not None and value < born:
                    raise ValueError(f"events.{name}: {value} is before the claimant's date_of_birth {born}")
        if ev.death is not None:
            for name in ("act_or_omission", "injury", "continuous_treatment_end"):
                value = getattr(ev, name)
                if value is not None and value > ev.death:
                    raise ValueError(f"events.{name}: {value} is after the claimant's death {ev.death}")
        if ev.act_or_omission is not None:
            for name in ("continuous_treatment_end", "foreign_object_discovery"):
                value = getattr(ev, name)
                if value is not None and value < ev.act_or_omission:
                    raise ValueError(f"events.{name}: {value} is before events.act_or_omission {ev.act_or_omission}")
        if self.claim_type == "wrongful_death" and ev.death is None and "events.death" in self.confirmed_absent:
            raise ValueError("claim_type: is wrongful_death but events.death is confirmed absent")
        for path in self.confirmed_absent:
            if _lookup(self, path) not in (None, []):
                raise ValueError(f"confirmed_absent: names {path}, which has a value")
        return self


def _lookup(case: Case, path: str) -> object:
    obj: object = case
    for part in path.split("."):
        if not isinstance(obj, BaseModel) or part not in type(obj).model_fields:
            raise ValueError(f"confirmed_absent: {path!r} is not a case field")
        obj = getattr(obj, part)
    return obj
