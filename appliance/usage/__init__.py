"""Usage reports from the proxy's audit log: requests and tokens per key, model and day."""
