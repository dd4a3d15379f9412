"""Texas: the court calendar, rule metadata, and rules the golden examples do not reach."""

from __future__ import annotations

from datetime import date

import pytest

from medmal import Engine

ENGINE = Engine(only=("us_tx",))
TEXAS = ENGINE.jurisdiction("US-TX")
CALENDAR = TEXAS.calendar


@pytest.mark.parametrize(
    ("day", "closed"),
    [
        (date(2019, 11, 11), True),  # Veterans Day, a national holiday (Frasier v Shafeeq)
        (date(2024, 4, 13), True),  # a Saturday
        (date(2026, 3, 2), False),  # Texas Independence Day: a state holiday, not counted
        (date(2023, 11, 24), False),  # the Friday after Thanksgiving: a state holiday, not counted
        (date(2026, 7, 3), False),  # Independence Day on a Saturday is not moved to the Friday
        (date(2023, 10, 9), False),  # Columbus Day is not a Texas national holiday
        (date(2023, 12, 25), True),  # Christmas Day
    ],
)
def test_court_holidays(day: date, closed: bool) -> None:
    assert CALENDAR.is_closed(day) is closed


def _case(**changes: object) -> dict:
    case: dict = {
        "jurisdiction": "US-TX",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1980-04-02", "incapacity": []},
        "defendants": [{"name": "Dr A", "kind": "physician"}],
        "events": {"act_or_omission": "2022-03-01"},
        "allegations": [],
        "procedure": {},
    }
    case.update(changes)
    return case


def _result(case: dict, as_of: date = date(2023, 6, 1)):
    return ENGINE.evaluate(ENGINE.parse(case, "test"), as_of)


def _limitation(case: dict, as_of: date = date(2023, 6, 1)):
    return next(d for d in _result(case, as_of).deadlines if d.kind == "limitation")


def test_notice_after_limitations_ran_gives_no_toll() -> None:
    deadline = _limitation(_case(procedure={"pre_action_letter": "2024-03-05"}))
    assert deadline.date == "2024-03-01"
    assert deadline.alternatives == []


def test_notice_warns_that_the_authorization_is_not_recorded() -> None:
    result = _result(_case(procedure={"pre_action_letter": "2024-02-20"}))
    assert any(w.rule_id == "us-tx.warning.medical-authorization" for w in result.warnings)


def test_incapacity_does_not_toll() -> None:
    case = _case(claimant={"date_of_birth": "1980-04-02", "incapacity": [{"start": "2022-01-01", "end": None}]})
    assert _limitation(case).date == "2024-03-01"


def test_notice_toll_never_passes_the_repose() -> None:
    # A child under 12 whose 14th birthday falls after the repose: the tolled alternative is capped too.
    case = _case(
        claimant={"date_of_birth": "2015-08-20", "incapacity": []},
        events={"act_or_omission": "2015-08-20"},
        procedure={"pre_action_letter": "2025-08-01"},
    )
    deadline = _limitation(case)
    assert deadline.date == "2025-08-20"
    assert all(a.date <= "2025-08-20" for a in deadline.alternatives)


def test_federal_defendant_has_no_texas_rule() -> None:
    # The Texas plugin alone has no rule for a federal defendant; with the FTCA overlay
    # loaded (as it is by default) 28 U.S.C. § 2401(b) governs: 2022-03-01 + 2 years.
    case = _case(defendants=[{"name": "VA Hospital", "kind": "hospital", "public_entity": "federal"}])
    deadline = _limitation(case)
    assert deadline.rule_id == ""
    assert deadline.status == "indeterminate"
    with_ftca = Engine(only=("us_tx", "ftca"))
    federal = with_ftca.evaluate(with_ftca.parse(case, "test"), date(2023, 6, 1)).limitation("VA Hospital")
    assert (federal.rule_id, federal.date, federal.status) == ("ftca.limitation.2401b-claim", "2024-03-01", "open")


def test_expert_report_before_2013_runs_from_the_petition() -> None:
    case = _case(
        events={"act_or_omission": "2010-01-10"},
        procedure={"complaint_filed": "2011-06-01"},
        defendants=[{"name": "Dr A", "kind": "physician", "answer_filed": "2011-07-01"}],
    )
    report = next(r for r in _result(case, date(2011, 7, 1)).requirements if r.kind == "expert_report")
    # 2011-06-01 + 120 days: 29 left in June, 31 July, 31 August, 29 September -> 2011-09-29.
    assert report.due_date == "2011-09-29"


def test_chapter_74_governs_by_filing_date_not_act() -> None:
    # HB 4 applies to actions filed from 2003-09-01 whatever the act's date (Rankin: a 1995 act, barred by the repose).
    old_act = _case(events={"act_or_omission": "1995-06-01"}, procedure={"complaint_filed": "2005-06-01"})
    deadline = _limitation(old_act, date(2005, 7, 1))
    assert deadline.rule_id == "us-tx.limitation.cprc-74-251"
    assert deadline.date == "1997-06-02"  # 1997-06-01 was a Sunday
    assert deadline.status == "expired"
    not_filed = _case(confirmed_absent=["procedure.complaint_filed"])
    assert _limitation(not_filed).rule_id == "us-tx.limitation.cprc-74-251"
    filed_before_hb4 = _case(events={"act_or_omission": "2002-01-10"}, procedure={"complaint_filed": "2003-05-01"})
    assert _limitation(filed_before_hb4, date(2003, 6, 1)).rule_id == ""


def test_notice_requirement_never_due_after_the_claim_is_barred() -> None:
    # Review finding 4: a child of 1 at the breach; the repose (2028-01-10) bars the claim long
    # before the 14th birthday, so the notice cannot be "due" later than the repose.
    case = _case(claimant={"date_of_birth": "2016-03-15", "incapacity": []}, events={"act_or_omission": "2018-01-10"})
    result = _result(case, date(2024, 1, 1))
    notice = next(r for r in result.requirements if r.kind == "pre_action_notice")
    limitation = next(d for d in result.deadlines if d.kind == "limitation")
    assert notice.due == limitation.date == "2028-01-10"


def test_wrongful_death_of_a_minor_gets_no_fourteenth_birthday() -> None:
    case = _case(
        claim_type="wrongful_death",
        claimant={"date_of_birth": "2020-01-01", "incapacity": []},
        events={"act_or_omission": "2020-12-01", "death": "2021-01-01"},
    )
    assert _limitation(case, date(2022, 6, 1)).date == "2022-12-01"


def test_child_claim_warns_that_parents_claims_run_two_years() -> None:
    child = _case(claimant={"date_of_birth": "2016-03-15", "incapacity": []}, events={"act_or_omission": "2021-01-11"})
    adult = _case()
    assert any(w.rule_id == "us-tx.warning.parents-claims-two-years" for w in _result(child).warnings)
    assert not any(w.rule_id == "us-tx.warning.parents-claims-two-years" for w in _result(adult).warnings)


def test_holiday_roll_discloses_the_frasier_split() -> None:
    # Veterans Day 2019: the later date is shown, and the result says the earlier reading exists.
    case = _case(events={"act_or_omission": "2017-11-09"})
    deadline = _limitation(case, date(2019, 1, 1))
    assert deadline.date == "2019-11-12"
    assert "Frasier dissent" in deadline.uncertainty


@pytest.mark.parametrize(
    ("defendants", "ceiling", "warned"),
    [
        ([{"name": "Dr A"}], 250_000, False),
        ([{"name": "Dr A"}, {"name": "Dr B"}], 250_000, False),  # physicians together: one $250,000
        ([{"name": "H", "kind": "hospital"}], 250_000, False),
        ([{"name": "Dr A"}, {"name": "H", "kind": "hospital"}], 500_000, False),
        ([{"name": "H1", "kind": "hospital"}, {"name": "H2", "kind": "hospital"}, {"name": "H3", "kind": "hospital"}], 500_000, False),
        # Unknown category: the lower reading, and the fact that would raise it named.
        ([{"name": "Dr A"}, {"name": "C", "kind": "other_provider"}], 250_000, True),
        ([{"name": "C", "kind": "other_provider"}], 250_000, False),  # either way one $250,000
        # Beside one hospital: as a provider or as a second institution it adds $250,000 either way.
        ([{"name": "H", "kind": "hospital"}, {"name": "C", "kind": "other_provider"}], 500_000, False),
        ([{"name": "H", "kind": "hospital"}, {"name": "C", "kind": "other_provider"}, {"name": "D", "kind": "other_provider"}], 500_000, True),
        ([{"name": "H1", "kind": "hospital"}, {"name": "H2", "kind": "hospital"}, {"name": "C", "kind": "other_provider"}], 500_000, True),
        ([{"name": "Dr A"}, {"name": "C", "kind": "other_provider", "institution": True}], 500_000, False),
        # Already at the $750,000 ceiling: nothing the unknown category could add.
        ([{"name": "Dr A"}, {"name": "H1", "kind": "hospital"}, {"name": "H2", "kind": "hospital"}, {"name": "C", "kind": "other_provider"}], 750_000, False),
    ],
)
def test_74_301_ceiling_counts_the_categories_sued(defendants: list[dict], ceiling: int, warned: bool) -> None:
    case = _case(
        defendants=defendants,
        procedure={"complaint_filed": "2024-06-01"},
        damages={"currency": "USD", "economic": 0, "non_economic": 3_000_000, "punitive": 0},
        claimant_fault=0.0,
    )
    result = _result(case, date(2025, 1, 1))
    (cap,) = [lim for lim in result.damages.limits if lim.rule_id == "us-tx.damages.cprc-74-301"]
    assert (cap.amount, cap.applied) == (ceiling, True)
    assert result.damages.recoverable == ceiling
    assert any(w.rule_id == "us-tx.warning.cprc-74-301-category-unknown" for w in result.warnings) is warned


def test_governmental_defendant_and_death_limit_are_named_when_not_applied() -> None:
    county = _case(
        defendants=[{"name": "County Hospital District", "kind": "hospital", "public_entity": "municipal"}],
        procedure={"complaint_filed": "2024-06-01"},
        damages={"currency": "USD", "economic": 300_000, "non_economic": 500_000, "punitive": 0},
    )
    assert any(w.rule_id == "us-tx.warning.cprc-101-023-not-applied" for w in _result(county, date(2025, 1, 1)).warnings)
    death = _case(
        claim_type="wrongful_death",
        events={"act_or_omission": "2023-01-10", "death": "2023-06-01"},
        procedure={"complaint_filed": "2024-06-01"},
        damages={"currency": "USD", "economic": 3_000_000, "non_economic": 1_000_000, "punitive": 0},
    )
    warnings = _result(death, date(2025, 1, 1)).warnings
    assert any(w.rule_id == "us-tx.warning.cprc-74-303-not-applied" for w in warnings)
    assert not any(w.rule_id == "us-tx.warning.cprc-101-023-not-applied" for w in warnings)
