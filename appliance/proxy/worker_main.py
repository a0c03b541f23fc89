"""`python -m appliance.proxy.worker_main CONFIG SLOT WORKERS LINK_FD METRICS_DIR SEQ`: one
proxy worker of several, as the parent (`workers.run_workers`) starts it."""

import sys

from appliance.proxy.app import _worker_main

if __name__ == "__main__":
    _worker_main(sys.argv[1:])
