"""Fakes shipped for tests and simulations. Nothing in the appliance's own code paths
imports this package; tests and benchmarks do."""

from appliance.testing.fake_nvml import FakeNvmlDriver

__all__ = ["FakeNvmlDriver"]
