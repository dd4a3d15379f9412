"""Vectorised validation of a chunk: the case model's checks as polars expressions.

A row is rejected here exactly when :func:`medmal.flat.row_to_case` (followed by the
engine's jurisdiction lookup) rejects it, and the problems name the same fields, in the
same stages the case model reports them:

0. ``incapacity_end`` without ``incapacity_start`` (``row_to_case`` stops there);
1. every cell on its own, and the nested models' checks (an incapacity period ending
   before it starts, future damages larger than the total) - all reported together;
2. only when stage 1 found nothing, the whole-case checks of ``Case._consistent``, in its
   order; the first that fails is reported;
3. only when the case is valid, that the jurisdiction is registered.

Masks are computed over the whole chunk (cheap boolean columns); message text is only
built for the failing rows, so a clean chunk costs little more than reading it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from ..case import _EVENT_AFTER_BIRTH, Case, Claimant, Damages, Events, Procedure
from ..registry import Registry
from .columns import INPUT_SCHEMA, ROW, UNREADABLE
from .parse import Check, Parsed, parse

__all__ = ["PROBLEM_SCHEMA", "Validated", "validate"]

#: One line of the errors file.
PROBLEM_SCHEMA: dict[str, pl.DataType] = {
    "row": pl.Int64(),
    "case_id": pl.String(),
    "field": pl.String(),
    "message": pl.String(),
}

_DAMAGES = ("currency", "economic", "non_economic", "punitive", "future_economic", "future_non_economic")
_AMOUNTS = _DAMAGES[1:]
_CHOICES = {
    "claim_type": ("personal_injury", "wrongful_death"),
    "defendant_kind": ("physician", "hospital", "other_provider"),
    "public_entity": ("municipal", "state", "federal"),
}


@dataclass
class Validated:
    valid: pl.DataFrame  #: ROW, then every input column typed; jurisdiction as its registered code
    problems: pl.DataFrame  #: PROBLEM_SCHEMA, ordered by row


def validate(raw: pl.DataFrame, registry: Registry, first_row: int = 1) -> Validated:
    """Split ``raw`` (rows numbered from ``first_row``) into valid typed rows and problems."""
    parsed = parse(raw)
    parsed.frame = parsed.frame.with_row_index(ROW, offset=first_row).with_columns(pl.col(ROW).cast(pl.Int64))
    stage0 = [
        Check(
            "incapacity_end",
            parsed.given("incapacity_end") & ~parsed.given("incapacity_start"),
            pl.lit("is set without incapacity_start"),
        )
    ]
    if UNREADABLE in raw.columns:  # a line the reader could not read at all comes first, alone
        stage0.insert(0, Check("row", pl.col(UNREADABLE).is_not_null(), pl.col(UNREADABLE)))
    stage1 = parsed.checks + _field_checks(parsed)
    stage2 = _case_checks(parsed)
    code = _registered(parsed, registry)
    stage3 = Check(
        "jurisdiction",
        code.is_null(),
        pl.format(
            "'{}' is not a registered jurisdiction (known: {})", pl.col("jurisdiction"), pl.lit(", ".join(registry.codes()))
        ),
    )
    frame = parsed.frame
    fail0 = pl.any_horizontal([c.bad.fill_null(False) for c in stage0])
    fail1 = pl.any_horizontal([c.bad.fill_null(False) for c in stage1]) if stage1 else pl.lit(False)
    fail2 = pl.any_horizontal([c.bad.fill_null(False) for c in stage2]) if stage2 else pl.lit(False)
    invalid = frame.select((fail0 | fail1 | fail2 | stage3.bad).alias("__invalid")).to_series()
    typed = [
        (code if name == "jurisdiction" else _default(name)).cast(dtype).alias(name) for name, dtype in INPUT_SCHEMA.items()
    ]
    if not invalid.any():  # the common case: no filtering, no copies
        return Validated(frame.select(ROW, *typed), pl.DataFrame(schema=PROBLEM_SCHEMA))
    valid = frame.filter(~invalid).select(ROW, *typed)
    bad = frame.filter(invalid).with_columns(fail0.alias("__s0"), fail1.alias("__s1"), fail2.alias("__s2"))
    return Validated(valid, _problems(bad, stage0, stage1, stage2, stage3))


def _default(name: str) -> pl.Expr:
    """What ``row_to_case`` puts in the case where the cell is blank."""
    if name == "defendant_kind":
        return pl.col(name).fill_null("physician")
    return pl.col(name)


def _registered(parsed: Parsed, registry: Registry) -> pl.Expr:
    """The registered code for each row's jurisdiction or alias (null if none), as ``Registry.resolve``."""
    values = parsed.distinct("jurisdiction")
    codes = {value: found.code for value in values if (found := registry.resolve(value))}
    changes = {value: codes.get(value) for value in values if codes.get(value) != value}
    column = pl.col("jurisdiction")
    return column.replace(changes) if changes else column


def _values_where(parsed: Parsed, name: str, bad: Callable[[str], bool]) -> pl.Expr:
    """True on rows whose ``name`` is one of its distinct values for which ``bad`` holds."""
    found = [value for value in parsed.distinct(name) if bad(value)]
    return pl.col(name).is_in(found) if found else pl.lit(False)


def _one_of(parsed: Parsed, name: str) -> Check:
    choices = _CHOICES[name]
    return Check(
        name,
        _values_where(parsed, name, lambda value: value not in choices),
        pl.format("'{}' is not one of {}", pl.col(name), pl.lit(", ".join(choices))),
    )


def _field_checks(parsed: Parsed) -> list[Check]:
    """Stage 1 beyond reading cells: required fields, choices, ranges, nested models.

    A check on a column no row fills cannot fail, so it is left out (most files are sparse).
    """
    col, present = pl.col, parsed.present
    jurisdiction, claim_type = col("jurisdiction"), col("claim_type")
    checks = [
        Check("jurisdiction", jurisdiction.is_null(), pl.lit("is required")),
        Check(
            "jurisdiction",
            _values_where(parsed, "jurisdiction", lambda value: len(value) < 2),
            pl.format("'{}' is too short (a jurisdiction code has at least 2 characters)", jurisdiction),
        ),
        Check("claim_type", claim_type.is_null(), pl.lit("is required (personal_injury or wrongful_death)")),
        _one_of(parsed, "claim_type"),
        _one_of(parsed, "defendant_kind"),
        _one_of(parsed, "public_entity"),
        Check(
            "currency",
            _values_where(parsed, "currency", lambda value: re.fullmatch("[A-Z]{3}", value) is None),
            pl.format("'{}' is not a three-letter currency code such as USD", col("currency")),
        ),
    ]
    if present("incapacity_start", "incapacity_end"):
        end, start = col("incapacity_end"), col("incapacity_start")
        checks.append(Check("incapacity_end", end < start, pl.format("{} is before start {}", end, start)))
    if present("claimant_fault"):
        fault = col("claimant_fault")
        checks.append(
            Check(
                "claimant_fault",
                fault.is_nan() | (fault < 0) | (fault > 1),
                pl.format("must be between 0 and 1 (got {})", fault),
            )
        )
    for name in _AMOUNTS:
        if present(name):
            value = col(name)
            checks.append(Check(name, value.is_nan() | (value < 0), pl.format("must be 0 or more (got {})", value)))
    if present("claim_denied", "administrative_claim_presented"):
        # Procedure's own check runs only when every procedure field is valid (as pydantic does).
        procedure_ok = ~pl.any_horizontal(
            [pl.lit(False), *[c.bad.fill_null(False) for c in checks + parsed.checks if c.field in Procedure.model_fields]]
        )
        denied, presented = col("claim_denied"), col("administrative_claim_presented")
        checks.append(
            Check(
                "claim_denied",
                procedure_ok & (denied < presented).fill_null(False),
                pl.format("{} is before the claim was presented (administrative_claim_presented {})", denied, presented),
            )
        )
    # Damages' own check runs only when every damages field is valid (as pydantic does).
    damages_ok = ~pl.any_horizontal(
        [pl.lit(False), *[c.bad.fill_null(False) for c in checks + parsed.checks if c.field in _DAMAGES]]
    )
    too_much_economic = pl.lit(False)
    if present("future_economic"):
        too_much_economic = damages_ok & (col("future_economic") > col("economic").fill_null(0.0)).fill_null(False)
        checks.append(Check("future_economic", too_much_economic, pl.lit("is larger than economic")))
    if present("future_non_economic"):
        too_much = (col("future_non_economic") > col("non_economic").fill_null(0.0)).fill_null(False)
        checks.append(
            Check("future_non_economic", damages_ok & ~too_much_economic & too_much, pl.lit("is larger than non_economic"))
        )
    return checks


def _case_checks(parsed: Parsed) -> list[Check]:
    """Stage 2: ``Case._consistent``, check by check in its order (the first failure wins)."""
    col, present = pl.col, parsed.present
    born, death, act = col("date_of_birth"), col("death"), col("act_or_omission")
    checks = [
        Check(name, col(name) < born, pl.format("{} is before the claimant's date_of_birth {}", col(name), born))
        for name in _EVENT_AFTER_BIRTH
        if present(name, "date_of_birth")
    ]
    checks += [
        Check(name, col(name) > death, pl.format("{} is after the claimant's death {}", col(name), death))
        for name in ("act_or_omission", "injury", "continuous_treatment_end")
        if present(name, "death")
    ]
    checks += [
        Check(name, col(name) < act, pl.format("{} is before events.act_or_omission {}", col(name), act))
        for name in ("continuous_treatment_end", "foreign_object_discovery")
        if present(name, "act_or_omission")
    ]
    absent = col("confirmed_absent")
    paths = parsed.distinct("confirmed_absent")
    if "events.death" in paths and "wrongful_death" in parsed.distinct("claim_type"):
        checks.append(
            Check(
                "claim_type",
                (col("claim_type") == "wrongful_death") & death.is_null() & absent.list.contains("events.death"),
                pl.lit("is wrongful_death but events.death is confirmed absent"),
            )
        )
    for path in sorted(paths):
        not_a_field, has_value = _absent_path(parsed, path)
        named = absent.list.contains(path)
        for when, message in ((not_a_field, f"{path!r} is not a case field"), (has_value, f"names {path}, which has a value")):
            if when is not False:
                checks.append(Check("confirmed_absent", named if when is True else named & when, pl.lit(message)))
    return checks


_NULLABLE = {f"events.{name}": name for name in Events.model_fields} | {
    f"procedure.{name}": name for name in Procedure.model_fields
}
_NULLABLE |= {"claimant.date_of_birth": "date_of_birth", "claimant_fault": "claimant_fault"}
_ALWAYS = {name for name in Case.model_fields if name not in {"allegations", "damages", "claimant_fault"}}
_ALWAYS |= {f"claimant.{name}" for name in Claimant.model_fields if name not in {"date_of_birth", "incapacity"}}


def _absent_path(parsed: Parsed, path: str) -> tuple[pl.Expr | bool, pl.Expr | bool]:
    """(not a case field, has a value) for a ``confirmed_absent`` path, as ``Case._lookup`` sees it.

    ``True``/``False`` where the answer is the same for every row.
    """
    damages = pl.any_horizontal([parsed.given(name) for name in _DAMAGES])
    if path in _NULLABLE:
        column = _NULLABLE[path]
        return False, parsed.present(column) and pl.col(column).is_not_null()
    if path in _ALWAYS:
        return False, True
    if path == "allegations":
        return False, parsed.present("allegations") and pl.col("allegations").list.len() > 0
    if path == "claimant.incapacity":
        return False, parsed.given("incapacity_start")
    if path == "damages":
        return False, damages
    part = path.removeprefix("damages.")
    if part in Damages.model_fields:  # no damages: None has no fields; else the defaults are values
        has_value = pl.col(part).is_not_null() if Damages.model_fields[part].default is None else pl.lit(True)
        return ~damages, damages & has_value
    return True, False


def _problems(bad: pl.DataFrame, stage0: list[Check], stage1: list[Check], stage2: list[Check], stage3: Check) -> pl.DataFrame:
    """The problem lines of the failing rows ``bad``, stage by stage (see the module docstring)."""
    if bad.is_empty():
        return pl.DataFrame(schema=PROBLEM_SCHEMA)
    s0, s1, s2 = pl.col("__s0"), pl.col("__s1"), pl.col("__s2")
    reported: list[tuple[pl.Expr, pl.Expr]] = []
    earlier = pl.lit(False)
    for check in stage0:  # each of these stops row_to_case (or the reader) on its own
        reported.append((~earlier & check.bad.fill_null(False), _fielded(check)))
        earlier = earlier | check.bad.fill_null(False)
    reported += [(~s0 & c.bad.fill_null(False), _fielded(c)) for c in stage1]
    chain_field = pl.when(pl.lit(False)).then(pl.lit(None, pl.String))
    chain_message = chain_field
    for check in stage2:
        chain_field = chain_field.when(check.bad.fill_null(False)).then(pl.lit(check.field))
        chain_message = chain_message.when(check.bad.fill_null(False)).then(check.message)
    reported.append((~s0 & ~s1 & s2, pl.struct(field=chain_field, message=chain_message)))
    reported.append((~s0 & ~s1 & ~s2, _fielded(stage3)))
    parts = []
    for order, (when, what) in enumerate(reported):
        part = bad.filter(when)
        if not part.is_empty():
            found = part.select(pl.col(ROW).alias("row"), pl.col("case_id"), what.alias("__p"), pl.lit(order).alias("__o"))
            parts.append(found.unnest("__p"))
    problems = pl.concat(parts).sort("row", "__o").drop("__o")
    return problems.select([pl.col(name).cast(dtype) for name, dtype in PROBLEM_SCHEMA.items()])


def _fielded(check: Check) -> pl.Expr:
    return pl.struct(field=pl.lit(check.field), message=check.message.cast(pl.String))

