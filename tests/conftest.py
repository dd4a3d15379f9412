"""Shared test settings: hypothesis profiles chosen by HYPOTHESIS_PROFILE.

* ``ci`` (default) - 150 examples per property per jurisdiction;
* ``nightly`` - 2000 examples;
* ``dev`` - 25 examples, for a quick local run.
"""

from __future__ import annotations

from medmal.testing.plugin import register_profiles

register_profiles("ci")
