"""Test configuration: Hypothesis profiles only.

- ``dev`` (default): few examples, for a quick local loop.
- ``ci`` (when the ``CI`` environment variable is set): 500 examples, derandomized,
  so a CI run is reproducible.
- ``long``: 10,000 examples, for a deliberate soak (``HYPOTHESIS_PROFILE=long``).

``HYPOTHESIS_PROFILE`` names the profile explicitly and wins over ``CI``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci",
    max_examples=500,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
