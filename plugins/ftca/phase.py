"""The facts the § 2401(b) lines read, and the tests that choose which line a case is on.

* Presented: ``procedure.administrative_claim_presented``, the day the agency received the
  claim (28 C.F.R. § 14.2(a)) - its own field: a state or municipal notice served in the same
  case (GML 50-e, a Court of Claims notice of intention) is no FTCA claim.
* A death claim: a claim the decedent presented before dying does not count for it (Warrum v.
  United States, 427 F.3d 1048 (7th Cir. 2005)); the death claim accrues at the death (Johnston
  v. United States, 85 F.3d 217 (5th Cir. 1996); Fisk v. United States, 657 F.2d 167 (7th Cir.
  1981)). A presentation dated before ``events.death`` is read as the decedent's own.
* A mailed final denial implies a claim presented on or before it: with the denial known and
  the presentation unknown the suit line is shown, naming the missing presentation.
* Premature (McNeil v. United States, 508 U.S. 106 (1993)): a complaint filed before the
  claim was presented and finally denied, or six months passed since its presentation.

Phase tests read facts with ``_given`` (unknown reads as absent) so that choosing a phase
never names a missing fact or leaves a line without a date; the date computed names its own.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, const, fact, later, roll_forward, when

from .calendar import FEDERAL_CALENDAR, FRCP_6A

__all__ = [
    "DECEDENTS_CLAIM",
    "DENIAL_GIVEN",
    "EARLIEST_ACCRUAL",
    "PREMATURE",
    "PRESENTED",
    "PRESENTED_IN_TIME",
    "SUIT_ARGUABLE",
    "WARRUM",
    "WRONGFUL_DEATH",
]

WARRUM = "Warrum v. United States, 427 F.3d 1048 (7th Cir. 2005)"
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")


def _given(name: str) -> Expr:
    """A fact read only to choose the phase: unknown reads as absent and names no missing fact."""
    return fact(name, assume=const(None), why="read only to choose the phase of the claim")


_DEATH = _given("death")
_RAW = _given("administrative_claim_presented")
_DENIED = _given("claim_denied")
_FILED = _given("complaint_filed")

#: A death claim whose only presentation came before the death: the decedent's own claim (Warrum).
DECEDENTS_CLAIM = WRONGFUL_DEATH & ~_DEATH.is_in(None) & ~_RAW.is_in(None) & _RAW.lt(_DEATH)
#: The presentation that counts; none given is read as not yet presented (the claim date runs).
PRESENTED = when(
    DECEDENTS_CLAIM,
    const(None),
    fact("administrative_claim_presented", assume=const(None), why="no presentation date given: not yet presented"),
)
#: A final denial is known (of the claim that counts: not of the decedent's own).
DENIAL_GIVEN = ~DECEDENTS_CLAIM & ~_DENIED.is_in(None)

#: The earliest accrual the known facts allow (knowledge, else the injury, else the act; a
#: death claim: the death, or a later knowledge) - the same values as the rule's accrual.
EARLIEST_ACCRUAL = when(
    WRONGFUL_DEATH,
    when(~_DEATH.is_in(None), later(_DEATH, _given("discovery"))),
    when(
        ~_given("discovery").is_in(None),
        _given("discovery"),
        when(~_given("injury").is_in(None), _given("injury"), _given("act_or_omission")),
    ),
)
_CLAIM_END = EARLIEST_ACCRUAL + Period(years=2)

#: True once the claim is known presented within the two years - or a final denial mailed
#: within them implies it was (never unknown: a phase is always chosen).
PRESENTED_IN_TIME = (~PRESENTED.is_in(None) & PRESENTED.le(_CLAIM_END)) | (
    PRESENTED.is_in(None) & DENIAL_GIVEN & _DENIED.le(_CLAIM_END)
)
#: Not known presented within the safe two years, but arguably in time - the knowledge is
#: not known (a later accrual would save it), the presentation date is not known, or it came
#: by the Rule 6(a) rolled day - and a final denial was mailed: the six-month suit date is shown too, "if the claim is held timely".
SUIT_ARGUABLE = (
    ~PRESENTED_IN_TIME
    & DENIAL_GIVEN
    & (
        _given("discovery").is_in(None)
        | PRESENTED.is_in(None)
        | PRESENTED.le(roll_forward(_CLAIM_END, cite=FRCP_6A, calendar=FEDERAL_CALENDAR))
    )
)
_EXHAUSTED = (~_DENIED.is_in(None) & _FILED.ge(_DENIED)) | _FILED.gt(PRESENTED + Period(months=6))
#: A complaint filed before exhaustion (McNeil): it cannot meet the suit deadline.
PREMATURE = ~_FILED.is_in(None) & (PRESENTED.is_in(None) | ~_EXHAUSTED)
