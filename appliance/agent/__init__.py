"""The node agent: reconciles engines under supervisord with the plan, watches them,
serves its API on a unix socket."""
