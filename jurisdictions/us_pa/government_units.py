"""Claims against Commonwealth parties and local agencies: 42 Pa.C.S. § 5522(a) notice.

§ 5522(a)(1): within six months "from the date that any injury was sustained or any cause of
action accrued", a person about to sue a government unit for damages must file in the office
of the unit (and, for a Commonwealth agency, with the Attorney General) a written statement
of the claim. § 5522(a)(2): the court may excuse a failure on a reasonable excuse - a
discretion, flagged and never treated as an extension. A complaint filed within the six
months serves the purpose of the notice, which is then not required (as summarised in the
sources below; the proviso's text was not read), so the deadline is not shown once a
complaint is known to have been filed by the notice date.

The limitation period itself is § 5524(2), as for any defendant (see :mod:`.pa_cs_5524`).
Immunity: Commonwealth parties are liable for medical-professional negligence of their health
care employees (42 Pa.C.S. § 8522(b)(2)); whether a local agency is liable for malpractice at
all under § 8542(b) depends on the case.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, later, roll_forward, safe
from medmal.rules import DeadlineRule, InForce

from .calendar import PA_CS_1908
from .pa_cs_5524 import ACT, DEATH, INJURY

__all__ = ["GOVERNMENT_UNIT_RULES"]

PA_CS_5522 = "42 Pa.C.S. § 5522(a)"
GOVERNMENT_UNIT = fact("defendant.public_entity").is_in("state", "municipal")
SIX_MONTHS = Period(months=6)
_SOURCES = (
    "https://palawblog.stark-stark.com/2013/10/articles/personal-injury/can-i-sue-the-government-for-personal-injuries/",
    "https://www.joycecarmody.com/injury-help-center/injured-government-property-pennsylvania",
)
_UNCERTAINTY = (
    "§ 5522(a)'s current wording, and whether the discovery rule delays 'accrual' for the notice, were not read in "
    "the primary text: the date shown runs from the injury (the earlier reading). Liability itself depends on the "
    "immunity waivers: Commonwealth parties answer for the medical-professional negligence of their health care "
    "employees (42 Pa.C.S. § 8522(b)(2)); a local agency only within § 8542(b), to be checked for each claim. "
    "A complaint filed within the six months (from the injury) is taken to make the notice unnecessary, a "
    "proviso of § 5522(a) known from secondary sources only."
)
_INJURY_NOTICE = roll_forward(
    (later(ACT, INJURY) + SIX_MONTHS).step("six months from the date the injury was sustained", cite=PA_CS_5522),
    cite=PA_CS_1908,
)


COMPLAINT = fact("complaint_filed")


def _notice(claim: str) -> DeadlineRule:
    date = _INJURY_NOTICE
    if claim == "wrongful_death":
        date = safe(
            _INJURY_NOTICE,
            roll_forward((DEATH + SIX_MONTHS).step("six months from the death (the cause of action accrued)",
                                                   cite=PA_CS_5522), cite=PA_CS_1908),
            label="the death claim accrued at death, so six months from the death",
            cite=f"{PA_CS_5522}; Dubose v. Quinlan, 173 A.3d 634 (Pa. 2017)",
        )
    return DeadlineRule(
        id=f"us-pa.notice.pa-cs-5522-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="1980",
        kind="notice_of_claim",
        title="Written notice of the claim to the government unit within six months (42 Pa.C.S. § 5522(a))",
        citation=f"{PA_CS_5522}; {PA_CS_1908}",
        in_force=InForce(note="§ 5522, Judicial Code (1978-1980; date not verified)"),
        # Suit within the six months (not rolled: the earlier reading) makes the notice
        # unnecessary. A separate expression free of steps and rolls: selection evaluates it, and
        # a step or roll there would write into a deadline's trace only when not cached.
        applies=GOVERNMENT_UNIT & fact("claim_type").eq(claim) & ~COMPLAINT.le(later(ACT, INJURY) + SIX_MONTHS),
        date=date,
        satisfied_by="notice_of_claim_served",
        discretion="42 Pa.C.S. § 5522(a)(2) (failure excused on a reasonable excuse)",
        verified="secondary",
        uncertainty=_UNCERTAINTY,
        sources=_SOURCES,
    )


GOVERNMENT_UNIT_RULES = (_notice("personal_injury"), _notice("wrongful_death"))
