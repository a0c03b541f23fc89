"""Engines: what process runs a replica (argv and environment), derived from the plan."""
