"""Limitation Act 1980: personal injury (s.11), fatal accidents (s.12), knowledge (s.14),
disability (ss.28, 38), concealment (s.32) and the court's discretion (s.33).

s.11(4): an action for damages for negligence or breach of duty that consists of or includes
damages for personal injuries "shall not be brought after the expiration of the period
[of three years] from (a) the date on which the cause of action accrued; or (b) the date
of knowledge (if later) of the person injured".

How this module reads the Act:

* accrual is the injury (actionable damage); an unknown injury is taken at the negligent act,
  the earliest it can be. The date of knowledge (s.14) is ``events.discovery``, an input the
  court finds as a fact; unknown, it is taken as the accrual date;
* the day of accrual is excluded, so the last day is the anniversary date;
* s.28: a claimant under a disability (s.38(2): under 18, or lacking capacity under the
  Mental Capacity Act 2005) *when the right accrued* has three years from the end of the
  disability or death, whichever is first; disability arising later does not stop the clock;
* s.32: where the defendant deliberately concealed a relevant fact, time runs from its
  discovery (or when it could with reasonable diligence have been discovered);
* s.11(5): if the injured person dies within the period, the estate has three years from
  the death (or the personal representative's knowledge, not modelled: it can only be later);
* s.12: a Fatal Accidents Act claim has three years from the later of the death and the
  dependant's knowledge, but none at all if the deceased could not have sued at death;
* a last day on which the court office is closed: the last open day on or before it is the
  safe date, the next open day (*Pritam Kaur*) the arguable one;
* s.33 lets the court disapply ss.11 and 12. It is named on every deadline as a discretion
  and never computed as an extension.
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, cap, const, fact, has, incapacity_end, later, roll_back, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, WarningRule

from .calendar import PRITAM_KAUR

__all__ = [
    "LIMITATION_RULES",
    "LIMITATION_WARNINGS",
    "S11_RULE_ID",
    "S12_RULE_ID",
    "S33",
    "court_office_last_day",
    "fatal_accidents_last_day",
    "personal_injury_last_day",
]

LA = "Limitation Act 1980"
S11_4 = f"{LA} s.11(4)"
S11_5 = f"{LA} s.11(5)"
S12_1 = f"{LA} s.12(1)"
S12_2 = f"{LA} s.12(2)"
S14 = f"{LA} s.14(1), (3)"
S28 = f"{LA} s.28(1), (6); s.38(2)"
S32 = f"{LA} s.32(1)-(2)"
S33 = f"{LA} s.33"
MARREN = "Marren v Dawson Bentley Ltd [1961] 2 QB 135"
SEDMAN = "Matthew v Sedman [2021] UKSC 19"
FLRA_S9 = "Family Law Reform Act 1969 s.9"
THREE_YEARS = Period(years=3)

S11_RULE_ID = "gb-eng.limitation.la1980-s11"
S12_RULE_ID = "gb-eng.limitation.la1980-s12"

_SOURCES = (
    "https://www.legislation.gov.uk/ukpga/1980/58",
    "https://vlex.co.uk/vid/pritam-kaur-v-s-794072489",
    "https://www.hja.net/expert-comments/opinion/dispute-resolution/limitation-in-claims-involving-a-protected-party",
)

# --- facts ----------------------------------------------------------------------------------

ACT = fact("act_or_omission")
ACCRUAL = later(
    fact(
        "injury",
        assume=ACT,
        why="the injury cannot come before the negligent act, so the cause of action is taken to accrue at the act",
    ),
    # The injury cannot precede the act: an injury given as absent, or dated before the act,
    # leaves the act as the accrual date. An unknown act does not make accrual unknown.
    fact("act_or_omission", assume=const(None)),
)
KNOWLEDGE = fact(
    "discovery",
    assume=ACCRUAL,
    why="the date of knowledge (s.14) cannot come before accrual; without it time runs from accrual",
)
DEATH = fact("death")
#: In a personal-injury claim a claimant with no date of death is alive: no s.11(5) restart.
DEATH_IF_ANY = fact("death", assume=const(None), why="no date of death given: the claimant is taken to be alive")
BIRTH = fact("date_of_birth")
#: The day before the date of birth; adding N years gives the day before the Nth birthday on
#: the later reading of a 29 February birthday (1 March in a common year). Whether such a
#: person attains an age on 28 February or 1 March is not settled in England and Wales, so
#: the safe dates below use 28 February and this later reading is only the alternative.
EVE_OF_BIRTH = BIRTH + Period(days=-1)


def _traced(expr: Expr, traced: bool, label: str, cite: str) -> Expr:
    return expr.step(label, cite=cite) if traced else expr


# --- the pieces of the period ---------------------------------------------------------------


def minor_at_accrual() -> Expr:
    """s.28(1), s.38(2): under 18 on the date the right accrued (18 is attained at the start
    of the 18th birthday, FLRA 1969 s.9)."""
    return ACCRUAL.lt(BIRTH + Period(years=18))


def day_before_21st_birthday() -> Expr:
    # 21st birthday (28 February for a 29 February birth, the earlier reading), less a day.
    return BIRTH + Period(years=21) + Period(days=-1)


def twenty_first_birthday() -> Expr:
    return EVE_OF_BIRTH + Period(years=21, days=1)


def _death_plus_three(death: Expr, traced: bool) -> Expr:
    return _traced(death + THREE_YEARS, traced, "died under the disability: 3 years from the death", S28)


def disability_extension(death: Expr, traced: bool) -> Expr:
    """s.28(1), (6): 3 years from the end of a disability present at accrual, or from death.

    A minor's disability ends at the first moment of the 18th birthday; that whole day counts
    (*Sedman*), so the three years end on the day before the 21st birthday. An adult lacking
    capacity at accrual has three years from the last day of the incapacity; while it
    continues, time does not run.
    """
    minority = when(
        minor_at_accrual(),
        cap(
            _traced(
                day_before_21st_birthday(),
                traced,
                "under 18 at accrual: 3 years from the 18th birthday, that day counted (Sedman) - "
                "the day before the 21st birthday",
                f"{S28}; {FLRA_S9}; {SEDMAN}",
            ),
            _death_plus_three(death, traced),
        ),
    )
    incapacity = cap(
        _traced(
            incapacity_end(ACCRUAL) + THREE_YEARS,
            traced,
            "lacking capacity at accrual: 3 years from the end of the incapacity (not running while it continues)",
            S28,
        ),
        _death_plus_three(death, traced),
    )
    return later(minority, incapacity)


def concealment_postponement(traced: bool) -> Expr:
    """s.32(1)(b), (2): deliberate concealment - time runs from its discovery (or when it could
    with reasonable diligence have been discovered). Not yet discovered, time has not begun:
    that shows as an unknown ``events.concealment_discovery`` that could make the date later."""
    return when(
        has("fraudulent_concealment"),
        _traced(
            fact("concealment_discovery") + THREE_YEARS,
            traced,
            "deliberate concealment alleged: 3 years from its discovery (or when it could with reasonable "
            "diligence have been discovered)",
            S32,
        ),
    )


def _base(start: Expr, traced: bool) -> Expr:
    return _traced(
        start + THREE_YEARS,
        traced,
        "3 years, the starting day excluded: the last day is its anniversary",
        f"{S11_4}; {MARREN}",
    )


def _start_of_time(traced: bool) -> Expr:
    accrual = _traced(ACCRUAL, traced, "accrual: the injury (actionable damage)", S11_4)
    knowledge = _traced(KNOWLEDGE, traced, "date of knowledge: injury significant, attributable, defendant known", S14)
    start = later(accrual, knowledge)
    return _traced(start, traced, "time runs from accrual or the date of knowledge, if later", S11_4)


def injured_persons_last_day(traced: bool, death: Expr) -> Expr:
    """The injured person's own last day under s.11(4) with ss.28 and 32."""
    own = later(
        _base(_start_of_time(traced), traced),
        disability_extension(death, traced),
        concealment_postponement(traced),
    )
    return _traced(own, traced, "the latest of the periods that apply", f"{LA} ss.11(4), 28, 32")


def personal_injury_last_day(traced: bool) -> Expr:
    """s.11(4), with s.11(5) where the injured person died within the period."""
    own = injured_persons_last_day(traced, DEATH_IF_ANY)
    estate = when(
        DEATH_IF_ANY.le(injured_persons_last_day(False, DEATH_IF_ANY)),
        _traced(
            DEATH_IF_ANY + THREE_YEARS,
            traced,
            "the injured person died within the period: 3 years from the death (estate claim)",
            S11_5,
        ),
    )
    return later(own, estate)


def _sedman_alternative(nominal: Expr) -> Expr:
    """The conventional 21st-birthday reading, where the minority extension is what governs."""
    return when(nominal.eq(day_before_21st_birthday()) & minor_at_accrual(), twenty_first_birthday())


def _deceased_could_not_sue() -> Expr:
    return DEATH.gt(_deceased_last_day(False))


def _deceased_last_day(traced: bool) -> Expr:
    """The deceased's own s.11 last day, from accrual only: events.discovery is read as the
    dependant's knowledge, so the deceased's own knowledge is not known and the earliest
    reading (no later knowledge) is used."""
    own = later(
        _base(_traced(ACCRUAL, traced, "accrual: the injury (actionable damage)", S11_4), traced),
        disability_extension(DEATH, traced),
        concealment_postponement(traced),
    )
    return _traced(own, traced, "the deceased's own last day, which had passed at death: no action lies", S12_1)


def _dependants_period(traced: bool, *, alternative: bool = False) -> Expr:
    # As the arguable alternative to a barred claim, an unknown dependant's knowledge must not
    # be reported as a fact that could move the (barred) date, so it is simply left out.
    knowledge = (
        fact("discovery", assume=const(None))
        if alternative
        else fact("discovery", assume=DEATH, why="the dependant's date of knowledge is taken as the death")
    )
    start = later(
        _traced(DEATH, traced, "the date of death", S12_2),
        _traced(knowledge, traced, "the dependant's date of knowledge", f"{S12_2}; {S14}"),
    )
    return _traced(start + THREE_YEARS, traced, "3 years from the death or the dependant's knowledge, if later", S12_2)


def fatal_accidents_last_day(traced: bool) -> Expr:
    """s.12: 3 years from the later of death and the dependant's knowledge; the deceased's own
    (expired) date where the deceased could no longer have sued at death."""
    if not traced:
        return when(_deceased_could_not_sue(), _deceased_last_day(False), _dependants_period(False))
    return when(
        _deceased_could_not_sue(),
        safe(
            _deceased_last_day(True),
            _dependants_period(False, alternative=True),
            label="if the deceased's own date of knowledge (s.14) was later than accrual, the claim was not barred "
            "at death and the dependants have 3 years from the death or their knowledge",
            cite=f"{S12_1}-(2); {S14}",
        ),
        _dependants_period(True),
    )


def court_office_last_day(traced: Expr, plain: Expr) -> Expr:
    """A last day on which the court office is closed: the last open day before it is safe;
    the next open day is in time under *Pritam Kaur*, if that survives electronic filing."""
    return safe(
        roll_back(traced, cite=f"{PRITAM_KAUR}; CPR 2.8(5) and PD 5C (electronic working)"),
        roll_forward(plain, cite=PRITAM_KAUR),
        label="the court office is closed on the last day: a claim form received on the next open day is in time "
        "(Pritam Kaur), unless electronic filing on the closed day is held to be required",
        cite=PRITAM_KAUR,
    )


# --- the rules ------------------------------------------------------------------------------

_COUNTING_UNCERTAINTY = (
    "A last day on which the court office is closed: whether Pritam Kaur's next-open-day rule survives "
    "electronic filing (CE-File; CPR 2.8(5) is 'subject to PD 5C') is unsettled, so the last open day before it "
    "is given and the next open day named as arguable. "
)
_KNOWLEDGE_UNCERTAINTY = (
    "The date of knowledge (s.14) is a finding of fact and includes constructive knowledge (s.14(3), wording seen "
    "only in secondary sources): an earlier date the claimant might reasonably have acquired knowledge would make "
    "the deadline earlier. "
)
_DISABILITY_UNCERTAINTY = (
    "A claimant born on 29 February is taken to attain 18 and 21 on 28 February in a common year (the earlier "
    "reading; the point is not settled), with the later 1 March reading named as the alternative. "
    "s.28(6) and s.38(2) wording seen only in secondary sources. A minor's deadline is given as the day before the "
    "21st birthday (Sedman applied to FLRA 1969 s.9); no authority applies Sedman to s.28, and practitioners still "
    "say the 21st birthday, which is named as arguable. The end of an adult's incapacity is read as its last day "
    "(3 years from that day); if capacity is regained only the next day the deadline is one day later. "
)

S11_RULE = DeadlineRule(
    id=S11_RULE_ID,
    version="1980",
    in_force=InForce(
        start=date(1981, 5, 1),
        measured_by="as_of",
        note="Limitation Act 1980 s.41(2): in force 1 May 1981; it governs actions brought from then on",
    ),
    kind="limitation",
    title="Personal injury: 3 years from accrual or knowledge (Limitation Act 1980 s.11, with ss.14, 28, 32)",
    citation=f"{S11_4}, (5); ss.14, 28, 32, 38; {PRITAM_KAUR}",
    date=court_office_last_day(
        safe(
            personal_injury_last_day(True),
            _sedman_alternative(personal_injury_last_day(False)),
            label="conventional reading: a child's three years end on the 21st birthday",
            cite=f"{S28}; {FLRA_S9}",
        ),
        personal_injury_last_day(False),
    ),
    satisfied_by="complaint_filed",
    discretion=S33,
    verified="secondary",
    uncertainty=_COUNTING_UNCERTAINTY
    + _KNOWLEDGE_UNCERTAINTY
    + _DISABILITY_UNCERTAINTY
    + "s.32: a concealment not yet discovered is entered as an unknown events.concealment_discovery (the date "
    "shown is then the earliest that could apply), not as confirmed absent, which reads as no postponement. "
    + "s.11(5): the personal representative's date of knowledge is not modelled (it could only make the estate's "
    "date later). ss.11, 14(1), 32 and 33 were checked against primary text; s.28 and Pritam Kaur's closed-day "
    "holding against secondary sources.",
    sources=_SOURCES,
)

S12_RULE = DeadlineRule(
    id=S12_RULE_ID,
    version="1980",
    in_force=InForce(
        start=date(1981, 5, 1),
        measured_by="as_of",
        note="Limitation Act 1980 s.41(2): in force 1 May 1981; it governs actions brought from then on",
    ),
    kind="limitation",
    title="Fatal Accidents Act claim: 3 years from death or the dependant's knowledge (Limitation Act 1980 s.12)",
    citation=f"{S12_1}-(2); ss.13, 14, 28; {PRITAM_KAUR}",
    applies=fact("claim_type").eq("wrongful_death"),
    overrides=(S11_RULE_ID,),
    date=court_office_last_day(fatal_accidents_last_day(True), fatal_accidents_last_day(False)),
    satisfied_by="complaint_filed",
    discretion=S33,
    verified="secondary",
    uncertainty=_COUNTING_UNCERTAINTY
    + "events.discovery is read as the dependant's date of knowledge (s.12(2)(b)); s.13 applies it separately to "
    "each dependant, and a dependant's own disability (s.28 via s.12(3)) is not modelled. Whether the deceased "
    "could have sued at death (s.12(1)) is tested from accrual without the deceased's own date of knowledge, the "
    "earlier reading; a later one is named as arguable. s.33 can still be invoked where the deceased's claim was "
    "barred at death (Shaw v Maguire [2023] EWHC 2155 (KB), secondary source).",
    sources=_SOURCES,
)

LIMITATION_RULES = (S11_RULE, S12_RULE)

LIMITATION_WARNINGS = (
    WarningRule(
        id="gb-eng.warning.la1980-s12-dependants",
        version="1980",
        title="Each dependant has their own period",
        citation=f"{LA} ss.12(3), 13, 28",
        in_force=InForce(note="Limitation Act 1980, in force 1 May 1981"),
        code="not_modelled",
        applies=fact("claim_type").eq("wrongful_death"),
        message="A Fatal Accidents Act claim's period is worked out for each dependant (s.13): a dependant who is "
        "a minor or lacks capacity has the s.28 extension (s.12(3)), and each dependant's own date of knowledge "
        "counts. The date shown is for a dependant with neither, and can be much earlier than a particular "
        "dependant's - check each dependant before treating the claim as barred.",
        verified="primary",
        sources=("https://www.legislation.gov.uk/ukpga/1980/58/section/13",),
    ),
    WarningRule(
        id="gb-eng.warning.la1980-s33",
        version="1980",
        title="The s.33 discretion is not an extension",
        in_force=InForce(note="Limitation Act 1980, in force 1 May 1981"),
        citation=S33,
        code="discretion",
        message="Limitation Act 1980 s.33 lets the court disapply ss.11 and 12 where it is equitable, weighing the "
        "prejudice to each side and the s.33(3) factors (length of and reasons for delay, cogency of evidence, the "
        "defendant's conduct, disability, promptness, advice taken). It is a discretion, never an extension: "
        "docket the statutory date.",
        verified="primary",
        sources=("https://www.legislation.gov.uk/ukpga/1980/58/section/33",),
    ),
    WarningRule(
        id="gb-eng.warning.la1980-s14-knowledge",
        version="1980",
        title="The date of knowledge is a finding of fact",
        in_force=InForce(note="Limitation Act 1980, in force 1 May 1981"),
        citation=S14,
        code="finding_of_fact",
        applies=fact("claim_type").eq("personal_injury") & fact("discovery", assume=const(None)).gt(ACCRUAL),
        message="A date of knowledge later than accrual was given (events.discovery). The court decides that date "
        "as a fact, including knowledge the claimant might reasonably have acquired, with appropriate expert "
        "advice, from facts observable or ascertainable by him (s.14(3)); the claimant bears the burden of proving "
        "it. An earlier finding would make the deadline earlier.",
        verified="secondary",
        uncertainty="s.14(1) was read in primary text; the s.14(3) constructive-knowledge wording only in secondary "
        "sources.",
        sources=("https://www.legislation.gov.uk/ukpga/1980/58/section/14",),
    ),
)
