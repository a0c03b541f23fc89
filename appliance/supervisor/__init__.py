"""appliance-supervisord: its configuration (rendered, pure) and its XML-RPC client."""
