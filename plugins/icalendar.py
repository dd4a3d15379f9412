"""The ``icalendar`` output format: every dated deadline as an all-day iCalendar event.

Hand-written RFC 5545 (it is small): CRLF line ends, text values escaped (section 3.3.11)
and content lines folded at 75 octets without splitting a UTF-8 character (section 3.1).
The output is a pure function of the result: each event's UID is a digest of the rules
version, rule, defendant and date, and DTSTAMP is midnight UTC of the result's as-of date,
so the same case on the same as-of date always exports byte-identical calendars.
Deadlines without a date (time not running, undecidable) are left out; the text report
lists them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta

from medmal import __version__
from medmal.hookspecs import hookimpl
from medmal.result import Deadline, Result

__all__ = ["escape_text", "fold", "medmal_register_renderers", "render_icalendar"]

PRODID = f"-//medmal//medmal {__version__}//EN"


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str, limit: int = 75) -> str:
    """Fold one content line into pieces of at most ``limit`` octets joined by CRLF + space."""
    pieces: list[str] = []
    current = ""
    size = 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            pieces.append(current)
            current, size = "", 0
            budget = limit - 1  # continuation lines start with one space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _uid(result: Result, item: Deadline) -> str:
    key = "|".join((result.rules_version, item.rule_id, item.defendant or "", item.date or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@medmal"


def _description(result: Result, item: Deadline) -> str:
    lines = [
        f"{item.title} ({item.rule_id}@{item.rule_version})" if item.rule_id else item.title,
        f"Citation: {item.citation}",
        f"Status on {result.as_of}: {item.status}",
    ]
    if item.discretion:
        lines.append(f"Discretion: {item.discretion}")
    for step in item.trace:
        text = step.step
        if step.value is not None:
            text += f" -> {step.value}"
        if step.citation:
            text += f" [{step.citation}]"
        lines.append(f"- {text}")
    for alt in item.alternatives:
        lines.append(f"Alternative: {alt.date or 'no date'} - {alt.basis} [{alt.citation}]")
    if item.missing_facts:
        lines.append("Missing facts: " + ", ".join(item.missing_facts))
    if item.uncertainty:
        lines.append(f"Unsettled: {item.uncertainty}")
    lines.append(f"Rules version: {result.rules_version}")
    lines.append("Not legal advice: check every date against the current law.")
    return "\n".join(lines)


def _event(result: Result, item: Deadline, stamp: str) -> list[str]:
    day = date.fromisoformat(item.date or "")
    summary = f"{item.kind} – {item.defendant or result.jurisdiction}"
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(result, item)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(_description(result, item))}",
        f"CATEGORIES:{escape_text(item.kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def render_icalendar(result: Result) -> str:
    """A VCALENDAR with one all-day VEVENT per deadline that has a date."""
    stamp = f"{date.fromisoformat(result.as_of):%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(f'medmal deadlines ({result.jurisdiction}, as of {result.as_of})')}",
    ]
    for item in result.deadlines:
        if item.date:
            lines += _event(result, item, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


@hookimpl
def medmal_register_renderers(register: Callable[..., None]) -> None:
    register("icalendar", render_icalendar, "dated deadlines as all-day iCalendar (RFC 5545) events")
