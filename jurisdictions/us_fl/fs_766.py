"""Chapter 766 presuit: the notice of intent, the expert corroboration and expert qualifications.

* § 766.106(2), (4): before suing, the claimant serves each prospective defendant with a
  notice of intent to initiate litigation, "within the time limits set forth in s. 95.11";
  no suit may be filed for 90 days after the notice is mailed (the toll itself is applied in
  :mod:`.fs_95_11`).
* § 766.203(2): the claimant's reasonable grounds must be corroborated "by submission of a
  verified written medical expert opinion from a medical expert as defined in s. 766.202(6)",
  furnished with the notice of intent.
* § 766.104(1): the complaint carries counsel's certificate of a reasonable investigation;
  § 766.104(2): a petition to the clerk and the fee buy an automatic 90-day extension.
* § 766.102(5) (as amended by ch. 2013-108): who may give expert testimony on the standard
  of care - a licensed health care provider of the same specialty, who spent the three years
  before the incident in active clinical practice, teaching or research in it (five years
  in general practice for a general practitioner defendant).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, RequirementRule, WarningRule

from .calendar import RULE_2_514
from .fs_95_11 import (
    AFTER_DEATH,
    DEATH_READING_CITE,
    DEATH_READING_LABEL,
    FS_95_11,
    birthday_readings,
    last_day_before_presuit,
)

__all__ = ["PRESUIT_RULES"]

FS_766_106 = "Fla. Stat. § 766.106(2), (3), (4)"
FS_766_203 = "Fla. Stat. § 766.203(2)"
FS_766_104 = "Fla. Stat. § 766.104"
FS_766_102 = "Fla. Stat. § 766.102(5)"
_SOURCES = (
    "https://www.syfert.com/florida/statutes/0766.104.html",
    "https://syfert.com/florida/statutes/0766.106.html",
    "https://www.southfloridainjuryattorneysblog.com/2015/01/14/salazar-v-coello-look-floridas-medical-negligence-intent-sue-requirements/",
)
NOTICE_OF_INTENT = fact("pre_action_letter")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")

NOTICE_OF_INTENT_DEADLINE = DeadlineRule(
    id="us-fl.pre-action.fs-766-106",
    version="1988",
    kind="pre_action",
    title="Notice of intent to initiate litigation, within the § 95.11 period (§ 766.106)",
    citation=f"{FS_766_106}; {FS_95_11}; {RULE_2_514}",
    in_force=InForce(note="§ 766.106 (former § 768.57); presuit scheme of ch. 88-1 (date not verified)"),
    applies=fact("defendant.public_entity").is_in(None, "state", "municipal"),
    date=safe(
        birthday_readings(
            lambda birthday: roll_forward(
                last_day_before_presuit(birthday=birthday).step(
                    "the notice must be served within the § 95.11 time limits", cite=FS_766_106
                ),
                cite=RULE_2_514,
            )
        ),
        when(WRONGFUL_DEATH, roll_forward(last_day_before_presuit(AFTER_DEATH, birthday="rolled"), cite=RULE_2_514)),
        label=DEATH_READING_LABEL,
        cite=DEATH_READING_CITE,
        only_if=WRONGFUL_DEATH,
    ),
    satisfied_by="pre_action_letter",
    verified="secondary",
    uncertainty=(
        "A § 766.104(2) petition extends the period, and so the time to serve the notice, by 90 days; the petition "
        "is not a case fact and is not applied. For a wrongful-death claim the date shown runs from the discovery "
        "of the incident (the safe reading); the date with the 2 years from the later of the death and its "
        "discovery is named as the alternative, as on the limitation."
    ),
    sources=_SOURCES,
)

WAITING_PERIOD = RequirementRule(
    id="us-fl.requirement.fs-766-106-waiting",
    version="1988",
    kind="notice_waiting_period",
    title="No suit for 90 days after the notice of intent is mailed (§ 766.106(3), (4))",
    citation=FS_766_106,
    in_force=InForce(note="§ 766.106, long-standing (date not verified)"),
    per_defendant=False,
    description=(
        "Suit may not be filed against a prospective defendant until 90 days after the notice of intent was mailed "
        "(the presuit investigation period), unless the defendant rejects the claim earlier; the parties may agree "
        "to extend the 90 days, and the toll runs during the extension."
    ),
    due_event="at least 90 days after the notice of intent is mailed, before suit",
    consequence_of_failure="a premature complaint may be dismissed or abated; unreasonable failure to comply "
    "justifies dismissal (§ 766.106(6)(a))",
    verified="secondary",
    uncertainty="Whether an early rejection ends the 90 days for every purpose was not checked.",
    sources=_SOURCES,
)

CORROBORATING_OPINION = RequirementRule(
    id="us-fl.expert.fs-766-203",
    version="1988",
    kind="expert_certificate",
    title="Verified written medical expert opinion corroborating the claim (§ 766.203(2))",
    citation=f"{FS_766_203}; {FS_766_106}",
    in_force=InForce(note="§ 766.203, ch. 88-1 (date not verified)"),
    per_defendant=False,
    description=(
        "The claimant must corroborate reasonable grounds for the claim with a verified written opinion of a "
        "medical expert qualified under § 766.102, furnished with the notice of intent to each prospective "
        "defendant."
    ),
    due_event="with the notice of intent (§ 766.106)",
    due=(NOTICE_OF_INTENT + Period()).step("due with the notice of intent", cite=FS_766_203),
    consequence_of_failure=(
        "Without a corroborating opinion the notice is defective: the claim may be dismissed, and if the period "
        "has run meanwhile the dismissal is final; a qualified expert's opinion cannot be substituted after the "
        "period has expired."
    ),
    satisfied_by="certificate_of_merit_served",
    verified="secondary",
    uncertainty="§ 766.203's text was not re-read; the consequence is stated from secondary sources.",
    sources=_SOURCES,
)

COUNSEL_CERTIFICATE = RequirementRule(
    id="us-fl.requirement.fs-766-104-1",
    version="1985",
    kind="certificate_of_counsel",
    title="Certificate of counsel of a reasonable investigation, in the complaint (§ 766.104(1))",
    citation=f"{FS_766_104}(1)",
    in_force=InForce(note="§ 766.104 (1985; date not verified)"),
    per_defendant=False,
    description=(
        "The complaint must contain counsel's certificate that a reasonable investigation gave rise to a good-faith "
        "belief that grounds exist against each named defendant; a written opinion of a § 766.102 expert shows "
        "good faith."
    ),
    due_event="in the complaint",
    consequence_of_failure="a certificate not made in good faith exposes counsel to fees and costs and Bar review",
    verified="secondary",
    uncertainty="§ 766.104(1) was read in the 2023 Florida Statutes as reproduced on syfert.com, not on the Legislature's site.",
    sources=_SOURCES,
)

EXPERT_QUALIFICATION = RequirementRule(
    id="us-fl.expert.fs-766-102-5",
    version="2013",
    kind="expert_qualification",
    title="Who may give standard-of-care expert testimony (§ 766.102(5))",
    citation=f"{FS_766_102}; Fla. Stat. § 458.3175 (out-of-state expert certificate)",
    in_force=InForce(note="same-specialty wording from ch. 2013-108, effective 2013-07-01 (secondary source)"),
    per_defendant=False,
    description=(
        "The expert must hold an active, valid licence, and: against a specialist, specialise in the same specialty "
        "and have spent the three years before the incident in active clinical practice, consulting, or teaching "
        "or research in it; against a general practitioner, the same in general or family practice for the five "
        "years before. A physician licensed elsewhere needs a Florida expert witness certificate (§ 458.3175). The "
        "same rules govern the presuit corroborating opinion."
    ),
    due_event="when the corroborating opinion is given and whenever the expert testifies",
    consequence_of_failure="an unqualified expert's opinion does not satisfy presuit and may lead to dismissal",
    verified="secondary",
    uncertainty="The 2013 text was read on a secondary host; later amendments were not checked.",
    sources=("https://flbog.sip.ufl.edu",),
)

EXTENSION_WARNING = WarningRule(
    id="us-fl.warning.fs-766-104-2",
    version="1985",
    title="Automatic 90-day extension by petition (§ 766.104(2)) not applied",
    citation=f"{FS_766_104}(2); Hillsborough Cnty. Hosp. Auth. v. Coffaro, 829 So. 2d 862 (Fla. 2002)",
    in_force=InForce(note="§ 766.104(2), long-standing (date not verified)"),
    message=(
        "A petition to the clerk and the fee, filed within the period, extend it (and the repose, Parham) by 90 days, "
        "on top of the notice-of-intent toll; the extension is not counted as part of the period when deciding on "
        "the 60 days after the presuit period (Coffaro). The engine has no fact for the petition, so the dates "
        "shown exclude it."
    ),
    code="missing_fact",
    verified="secondary",
    uncertainty="How the extension combines with the notice-of-intent toll after Coffaro is computed by hand.",
    sources=("https://cetient.com/opinion/1846282/hillsborough-county-hosp-auth-v-coffaro",),
)

PRESUIT_RULES = (
    NOTICE_OF_INTENT_DEADLINE,
    WAITING_PERIOD,
    CORROBORATING_OPINION,
    COUNSEL_CERTIFICATE,
    EXPERT_QUALIFICATION,
    EXTENSION_WARNING,
)
