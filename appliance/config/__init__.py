"""node.toml: schema, loading and checks."""

from appliance.config.loader import CONFIG_ENV, DEFAULT_CONFIG_PATH, load_config, parse_config
from appliance.config.schema import ApplianceConfig, GpusSection, ModelEntry, NodeSection

__all__ = [
    "ApplianceConfig",
    "GpusSection",
    "ModelEntry",
    "NodeSection",
    "load_config",
    "parse_config",
    "CONFIG_ENV",
    "DEFAULT_CONFIG_PATH",
]
