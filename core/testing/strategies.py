"""Hypothesis strategies that build valid :class:`medmal.Case` objects.

Every strategy here produces data the case model accepts: the composite strategies build
plain dicts and pass them through ``Case.model_validate``, so the model's own validators are
the oracle and a strategy that drifts from the model fails loudly instead of producing
cases nobody could file. Dates stay within a sane legal range (1960 to 2045) so period
arithmetic never overflows and every jurisdiction's calendar can list its holidays.

Typical use in a jurisdiction's own test suite::

    from hypothesis import given
    from medmal.testing import strategies as mst

    @given(case=mst.cases("US-NY"), as_of=mst.dates())
    def test_something(case, as_of): ...
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from ..case import ALLEGATIONS, Case

__all__ = [
    "ABSENTABLE",
    "MAX_DATE",
    "MIN_DATE",
    "allegations",
    "as_of_dates",
    "cases",
    "claimant_fault",
    "claimants",
    "damages",
    "dates",
    "defendants",
    "events",
    "incapacity_periods",
    "procedure",
]

#: The legal range every generated date falls in.
MIN_DATE = date(1960, 1, 1)
MAX_DATE = date(2045, 12, 31)

#: Case paths a strategy may list in ``confirmed_absent`` when they have no value.
ABSENTABLE = (
    "events.injury",
    "events.discovery",
    "events.continuous_treatment_end",
    "events.foreign_object_discovery",
    "events.concealment_discovery",
    "events.death",
    "events.representative_appointed",
    "claimant.incapacity",
    "allegations",
    "procedure.complaint_filed",
    "procedure.notice_of_claim_served",
    "procedure.certificate_of_merit_served",
    "procedure.claim_denied",
    "procedure.administrative_claim_presented",
)

_YEAR = 365


def _clamp(day: date) -> date:
    return min(max(day, MIN_DATE), MAX_DATE)


def _after(day: date, days: int) -> date:
    """``day`` plus ``days``, never past :data:`MAX_DATE` (so order is kept)."""
    return _clamp(day + timedelta(days=days))


def dates(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[date]:
    """Dates in [``min_value``, ``max_value``], narrowed to the legal range 1960..2045."""
    low, high = max(min_value, MIN_DATE), min(max_value, MAX_DATE)
    if low > high:
        low = high
    return st.dates(low, high)


def as_of_dates() -> st.SearchStrategy[date]:
    """An as-of date anywhere in the legal range (before, on or after any deadline)."""
    return dates()


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``None`` (unknown or absent) or a value from ``strategy``."""
    return st.one_of(st.none(), strategy)


def _offset(max_years: int = 12) -> st.SearchStrategy[int]:
    """A non-negative number of days, often small, up to ``max_years`` years."""
    return st.one_of(st.integers(0, 40), st.integers(0, max_years * _YEAR))


@st.composite
def incapacity_periods(draw: st.DrawFn, around: date | None = None) -> list[dict[str, Any]]:
    """0-2 incapacity periods; with ``around``, the first often covers that date."""
    periods: list[dict[str, Any]] = []
    for index in range(draw(st.integers(0, 2))):
        if around is not None and index == 0 and draw(st.booleans()):
            start = _clamp(around - timedelta(days=draw(st.integers(0, 3 * _YEAR))))
        else:
            start = draw(dates(min_value=around - timedelta(days=5 * _YEAR)) if around else dates())
        end = draw(_maybe(st.integers(0, 15 * _YEAR).map(lambda d, s=start: _after(s, d))))
        periods.append({"start": start, "end": end})
    return periods


@st.composite
def claimants(draw: st.DrawFn, act: date | None = None) -> dict[str, Any]:
    """A claimant born on or before ``act`` (often a minor at it), with incapacity or not.

    The date of birth may be unknown (``None``); the incapacity list may be unknown
    (``None``), empty (none) or hold periods, some covering the act.
    """
    born = None
    if draw(st.integers(0, 3)):  # known three times in four
        anchor = act or draw(dates(date(1990, 1, 1)))
        age_days = draw(st.one_of(st.integers(0, 18 * _YEAR), st.integers(0, 90 * _YEAR)))
        born = anchor - timedelta(days=age_days)
        born = max(born, date(1900, 1, 1))
    incapacity = draw(st.one_of(st.none(), st.just([]), incapacity_periods(around=act)))
    return {"date_of_birth": born, "incapacity": incapacity}


@st.composite
def defendants(draw: st.DrawFn, min_size: int = 1, max_size: int = 3) -> list[dict[str, Any]]:
    """1-3 defendants with distinct names, any kind, private or public."""
    count = draw(st.integers(min_size, max_size))
    out = []
    for index in range(count):
        kind = draw(st.sampled_from(["physician", "hospital", "other_provider"]))
        defendant = {
            "name": f"Defendant {index + 1}",
            "kind": kind,
            "public_entity": draw(st.sampled_from([None, None, None, "municipal", "state", "federal"])),
            "answer_filed": draw(_maybe(dates())),
        }
        if kind == "other_provider":  # a physician or hospital's category is implied by its kind
            defendant["institution"] = draw(st.sampled_from([None, True, False]))
        out.append(defendant)
    return out


def allegations() -> st.SearchStrategy[list[str] | None]:
    """Unknown (``None``) or a list (maybe empty) of built-in allegation codes."""
    return _maybe(st.lists(st.sampled_from(sorted(ALLEGATIONS)), unique=True, max_size=3))


@st.composite
def events(
    draw: st.DrawFn, *, date_of_birth: date | None = None, act: date | None = None, death_known: bool = False
) -> dict[str, Any]:
    """Event dates in an order the law allows.

    The act or omission comes first (on or after the date of birth); injury is on or after
    the act; discovery on or after both; continuous treatment ends on or after the act;
    foreign-object and concealment discovery follow the act; death follows every event it
    must follow and the date of birth; the representative is appointed after the death.
    Each event other than the act (and the death when ``death_known``) may be unknown.
    """
    if act is None:
        act = draw(dates(min_value=date_of_birth or MIN_DATE, max_value=date(2040, 12, 31)))
    injury = draw(_maybe(_offset(6).map(lambda d: _after(act, d))))
    discovery = draw(_maybe(_offset(10).map(lambda d: _after(max(act, injury or act), d))))
    treatment_end = draw(_maybe(_offset(6).map(lambda d: _after(act, d))))
    foreign_object = draw(_maybe(_offset(10).map(lambda d: _after(act, d))))
    concealment = draw(_maybe(_offset(10).map(lambda d: _after(act, d))))
    floor = max(d for d in (act, injury, treatment_end, date_of_birth) if d is not None)
    death_value = _offset(8).map(lambda d: _after(floor, d))
    death = draw(death_value) if death_known else draw(_maybe(death_value))
    appointed = draw(_maybe(st.integers(0, 2 * _YEAR).map(lambda d: _after(death, d)))) if death else None
    return {
        "act_or_omission": act,
        "injury": injury,
        "discovery": discovery,
        "continuous_treatment_end": treatment_end,
        "foreign_object_discovery": foreign_object,
        "concealment_discovery": concealment,
        "death": death,
        "representative_appointed": appointed,
    }


@st.composite
def procedure(draw: st.DrawFn, act: date | None = None) -> dict[str, Any]:
    """Procedural dates (notice, letter, complaint, service, certificate), each maybe unknown.

    When ``act`` is given the dates fall after it, usually within the first few years.
    """
    def later_date() -> st.SearchStrategy[date | None]:
        if act is None:
            return _maybe(dates())
        return _maybe(_offset(12).map(lambda d: _after(act, d)))

    filed = draw(later_date())
    presented = draw(later_date())
    return {
        "notice_of_claim_served": draw(later_date()),
        "administrative_claim_presented": presented,
        # A final denial of the claim (FTCA) is mailed on or after its presentation.
        "claim_denied": draw(_maybe(st.integers(0, 400).map(lambda d: _after(presented, d)))) if presented else None,
        "pre_action_letter": draw(later_date()),
        "complaint_filed": filed,
        "complaint_served": draw(_maybe(st.integers(0, 200).map(lambda d: _after(filed, d)))) if filed else None,
        "certificate_of_merit_served": draw(later_date()),
    }


_AMOUNT = st.one_of(
    st.just(0.0),
    st.integers(0, 5_000_000).map(float),
    st.floats(0, 1e9, allow_nan=False, allow_infinity=False),
)


@st.composite
def damages(draw: st.DrawFn, currency: str = "USD") -> dict[str, Any]:
    """Claimed damages: economic, non-economic and punitive, with future parts within them."""
    economic = draw(_AMOUNT)
    non_economic = draw(_AMOUNT)
    return {
        "currency": currency,
        "economic": economic,
        "non_economic": non_economic,
        "punitive": draw(st.one_of(st.just(0.0), _AMOUNT)),
        "future_economic": draw(_maybe(st.floats(0, 1).map(lambda f: min(economic, round(economic * f, 2))))),
        "future_non_economic": draw(
            _maybe(st.floats(0, 1).map(lambda f: min(non_economic, round(non_economic * f, 2))))
        ),
    }


def claimant_fault() -> st.SearchStrategy[float | None]:
    """The claimant's share of fault: unknown, 0, 1, or anything between."""
    return _maybe(st.one_of(st.sampled_from([0.0, 0.25, 0.5, 0.51, 1.0]), st.floats(0, 1)))


def _values(data: dict[str, Any], path: str) -> Any:
    obj: Any = data
    for part in path.split("."):
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


@st.composite
def cases(draw: st.DrawFn, jurisdiction_code: str, *, currency: str = "USD") -> Case:
    """A valid :class:`~medmal.Case` for ``jurisdiction_code``.

    Unknown facts are ``None``; some facts with no value are drawn into
    ``confirmed_absent`` instead, so both "unknown" and "known not to apply" occur. The
    dict is validated by the model itself; a strategy bug shows as a validation error.
    """
    claim_type = draw(st.sampled_from(["personal_injury", "personal_injury", "wrongful_death"]))
    act = draw(dates(max_value=date(2040, 12, 31)))
    claimant = draw(claimants(act=act))
    data: dict[str, Any] = {
        "jurisdiction": jurisdiction_code,
        "claim_type": claim_type,
        "claimant": claimant,
        "defendants": draw(defendants()),
        "events": draw(events(date_of_birth=claimant["date_of_birth"], act=act, death_known=claim_type == "wrongful_death")),
        "allegations": draw(allegations()),
        "procedure": draw(procedure(act=act)),
        "damages": draw(_maybe(damages(currency))),
        "claimant_fault": draw(claimant_fault()),
    }
    empty = [p for p in ABSENTABLE if _values(data, p) in (None, [])]
    if claim_type == "wrongful_death" and "events.death" in empty:
        empty.remove("events.death")
    data["confirmed_absent"] = draw(st.lists(st.sampled_from(empty), unique=True)) if empty else []
    return Case.model_validate(data)
