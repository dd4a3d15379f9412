"""Test fixture: Northern Ireland (``GB-NIR``) personal-injury limitation only.

This pack exists to prove that a jurisdiction can be added from outside medmal through the
``medmal`` entry-point group. It covers the limitation period for a personal-injury claim
and nothing else (no fatal claims, no incapacity, no concealment, no court discretion
computed, no damages, no pre-action protocol). It is not a product.

The law encoded (Limitation (Northern Ireland) Order 1989, S.I. 1989/1339 (N.I. 11), in
force 1989-10-03):

* art 7: an action for damages for personal injuries "shall not be brought after the
  expiration of 3 years from" the date the cause of action accrued or the date of
  knowledge (art 7(6)) if later - "subject to Article 50" (the court's discretion, flagged
  and never applied);
* art 48: a person under a disability (a minor) when the right accrued may sue within 3
  years from the date they ceased to be under the disability - the 18th birthday (DoH NI
  guidance; the art 48 text itself was not read: see the ``uncertainty`` field);
* counting: the day of accrual is excluded, so the period ends on the anniversary (as in
  England, Marren v Dawson Bentley [1961] 2 QB 135). For a minor the safe date is the day
  before the 21st birthday (Matthew v Sedman [2021] UKSC 19 by analogy), with the 21st
  birthday named as the arguable date. A last day on a closed court day is kept on the
  last open day before it, with the next open day (Pritam Kaur v S Russell & Sons [1973]
  QB 336, by analogy) as the arguable alternative.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import holidays

from medmal import CourtCalendar, DeadlineRule, Jurisdiction, Period, hookimpl
from medmal.expr import fact, later, roll_back, roll_forward, safe, when

__all__ = ["NORTHERN_IRELAND", "medmal_register_jurisdictions"]

ORDER = "Limitation (Northern Ireland) Order 1989 (S.I. 1989/1339 (N.I. 11))"
ART_7 = f"{ORDER} art 7(1)-(4), (6)"
ART_48 = f"{ORDER} art 48"
ART_50 = f"{ORDER} art 50 (court may disapply art 7)"
SEDMAN = "Matthew v Sedman [2021] UKSC 19 (by analogy)"
PRITAM_KAUR = "Pritam Kaur v S Russell & Sons Ltd [1973] QB 336 (by analogy)"
THREE_YEARS = Period(years=3)


def _bank_holidays(year: int) -> dict:
    return dict(holidays.UK(subdiv="NIR", years=year))


NI_CALENDAR = CourtCalendar(
    name="Northern Ireland court calendar (test fixture)",
    holidays_for_year=_bank_holidays,
    roll="none",
    citation="Banking and Financial Dealings Act 1971 sch 1 para 2 (Northern Ireland bank holidays)",
)

ACT = fact("act_or_omission")
ACCRUAL = later(ACT, fact("injury", assume=ACT, why="the damage cannot precede the negligent act")).step(
    "the cause of action accrues when the injury is sustained (not before the act)", cite=ART_7
)
KNOWLEDGE = fact("discovery", assume=ACCRUAL, why="the date of knowledge cannot precede accrual")
ADULTHOOD = (fact("date_of_birth") + Period(years=18)).step("18th birthday: the minor ceases to be under a disability", cite=ART_48)


def _closed_day(day):  # type: ignore[no-untyped-def]
    return safe(
        roll_back(day, cite=f"{ART_7} (safe reading: the last open day before a closed last day)"),
        roll_forward(day, cite=PRITAM_KAUR),
        label="court office closed on the last day: next open day (Pritam Kaur, by analogy)",
        cite=PRITAM_KAUR,
    )


_ordinary = later(
    (ACCRUAL + THREE_YEARS).step("3 years from accrual", cite=ART_7),
    (KNOWLEDGE + THREE_YEARS).step("3 years from the date of knowledge, if later", cite=ART_7),
)
_minor = when(
    ACCRUAL.lt(ADULTHOOD),
    safe(
        (ADULTHOOD + Period(years=3, days=-1)).step("3 years from the 18th birthday (the birthday counted)", cite=SEDMAN),
        (ADULTHOOD + THREE_YEARS).step("3 years from the 18th birthday (the 21st birthday)", cite=ART_48),
        label="the 21st birthday, if the 18th birthday is not counted",
        cite=ART_48,
    ),
)

LIMITATION = DeadlineRule(
    id="gb-nir.limitation.art-7",
    version="1989",
    kind="limitation",
    title="Personal injuries: 3 years from accrual or knowledge (Limitation (NI) Order 1989 art 7, art 48)",
    citation=f"{ART_7}; {ART_48}",
    applies=fact("claim_type").eq("personal_injury"),
    date=_closed_day(later(_ordinary, _minor).step("the latest period that applies", cite=ART_7)),
    satisfied_by="complaint_filed",
    discretion=ART_50,
    verified="secondary",
    uncertainty=(
        "Test fixture. art 48 text not read (DoH NI guidance only); incapacity, concealment (art 71) and fatal "
        "claims (art 9) are not encoded; the Sedman and Pritam Kaur points are applied by analogy with England."
    ),
    sources=("https://www.legislation.gov.uk/nisi/1989/1339/article/7",),
)

NORTHERN_IRELAND = Jurisdiction(
    code="GB-NIR",
    name="Northern Ireland (test fixture: personal-injury limitation only)",
    calendar=NI_CALENDAR,
    rules=(LIMITATION,),
    currency="GBP",
    version="0.1",
    examples=Path(__file__).parent / "examples.yaml",
    notes=("A test fixture for medmal's plugin machinery; covers the art 7 / art 48 limitation period only.",),
    plugin="test_pack",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register Northern Ireland."""
    register(NORTHERN_IRELAND)
