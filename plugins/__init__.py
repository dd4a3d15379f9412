"""Built-in cross-cutting plugins: report renderers and calendar export.

Each module here is a plain pluggy plugin listed under the ``medmal`` entry-point group in
medmal's ``pyproject.toml``, exactly as a third-party plugin registers itself, so any of
them can be blocked (``MEDMAL_BLOCK_PLUGINS=icalendar``) or replaced:

* ``text`` (:mod:`medmal.plugins.text_report`) - the human-readable report ``medmal check``
  prints by default;
* ``json`` (:mod:`medmal.plugins.json_report`) - the result contract as JSON;
* ``icalendar`` (:mod:`medmal.plugins.icalendar`) - every dated deadline as an all-day
  iCalendar (RFC 5545) event.
"""
