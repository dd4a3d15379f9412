"""Code of Civil Procedure § 364: the 90-day notice of intent to sue a health care provider.

* (a) "No action based upon the health care provider's professional negligence may be
  commenced unless the defendant has been given at least 90 days' prior notice of the
  intention to commence the action."
* (d) "If the notice is served within 90 days of the expiration of the applicable statute
  of limitations, the time for the commencement of the action shall be extended 90 days
  from the service of the notice."
* CCP § 365: failure to give the notice does not invalidate any proceeding; the attorney
  may be disciplined by the State Bar.

Two readings of (d): the words give 90 days from the service of the notice (the earlier
date, used as the safe date); Woods v Young, 53 Cal.3d 315 (1991) reads (d) as tolling the
limitation period for 90 days, i.e. the original last day plus 90 days (named as the
alternative). The notice is the case's ``procedure.pre_action_letter``.
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, fact, later, roll_forward, safe, when
from medmal.rules import InForce, RequirementRule

from .calendar import CCP_12A

__all__ = ["CCP_364", "NOTICE_OF_INTENT", "with_notice_of_intent"]

CCP_364 = "Cal. Code Civ. Proc. § 364(d)"
WOODS = "Woods v Young, 53 Cal.3d 315 (1991); Russell v Stanford Univ. Hosp., 15 Cal.4th 783 (1997)"
NINETY_DAYS = Period(days=90)
NOTICE = fact("pre_action_letter")


def with_notice_of_intent(last_day: Expr) -> Expr:
    """``last_day`` rolled by CCP § 12a, extended by § 364(d) where the notice was served in its last 90 days.

    The two readings are built side by side, each the later of the plain last day and its
    extension, so that an unknown notice extends neither (it is named as a missing fact by
    ``later``) and no alternative is reported for a notice nobody has supplied.
    """
    in_last_ninety_days = NOTICE.le(last_day) & (NOTICE + NINETY_DAYS).ge(last_day)
    plain = roll_forward(last_day, cite=CCP_12A)
    from_service = when(
        in_last_ninety_days,
        roll_forward(
            (NOTICE + NINETY_DAYS).step(
                "notice of intent served in the last 90 days: extended 90 days from its service", cite=CCP_364
            ),
            cite=CCP_12A,
        ),
    )
    tolled = when(
        in_last_ninety_days,
        roll_forward((last_day + NINETY_DAYS).step("the period tolled for 90 days", cite=WOODS), cite=CCP_12A),
    )
    return safe(
        later(plain, from_service).step(
            "the last day, with any extension for the notice of intent", cite=f"{CCP_364}; {CCP_12A}"
        ),
        later(plain, tolled),
        label="CCP § 364(d) read as a 90-day toll of the limitation period (Woods v Young)",
        cite=WOODS,
    )


NOTICE_OF_INTENT = RequirementRule(
    id="us-ca.pre-action.ccp-364",
    version="1975",
    kind="pre_action_notice",
    title="Notice of intent to sue at least 90 days before the action (CCP § 364(a))",
    citation="Cal. Code Civ. Proc. §§ 364(a)-(c), 365",
    in_force=InForce(start=date(1975, 12, 12), measured_by="act_or_omission", note="MICRA 1975 (effective date from secondary sources)"),
    applies=fact("defendant.public_entity").is_in(None, "municipal", "state"),
    description=(
        "Serve each health care provider with notice of the intention to sue - the legal basis of the claim and the "
        "type of loss, with the nature of the injuries - at least 90 days before the action is commenced (§ 364(a), "
        "(b)); it may be served by mail (§ 364(c)). Served in the last 90 days of the limitation period, it extends "
        "the time to sue (§ 364(d)). A notice to a public entity must be treated as a Government Claims Act claim "
        "(Phillips v Desert Hosp. Dist., 49 Cal.3d 699 (1989)); the § 364(d) extension does not reach the Gov. Code "
        "§ 945.6 suit period (Anson v County of Merced, 202 Cal.App.3d 1195 (1988))."
    ),
    due_event="at least 90 days before the action is commenced",
    consequence_of_failure=(
        "The action is not invalidated (§ 365); the attorney may face State Bar discipline. Without a notice in the "
        "last 90 days there is no § 364(d) extension."
    ),
    satisfied_by="pre_action_letter",
    verified="primary",
    uncertainty="Whether a notice mailed under CCP § 1013 counts from mailing for § 364(d) was not settled here (Silver v McNamee, 69 Cal.App.4th 269 (1999)).",
    sources=(
        "https://www.legalfix.com/statutes/state-codes/california/code-ccp/part-2/title-2/chapter-5/section-364",
        "https://www.lawpipe.com/California/Notice_Of_Intent_To_Sue_A_Doctor_In_California.html",
    ),
)
