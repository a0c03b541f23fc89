"""The GPU kit: everything a GPU machine without a package index needs to run the
appliance's GPU path once, carried in parts (docs/gpu-kit.md). `scripts/gpu-kit` runs it."""
