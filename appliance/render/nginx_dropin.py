"""The drop-in the appliance adds to the distribution's nginx.service.

nginx is not the appliance's own unit: Debian's package ships `nginx.service` (its start,
reload and stop dance stay as they are), and `appliance render systemd` writes
`nginx.service.d/appliance.conf` next to the appliance's units. It orders nginx after the
proxy it forwards to and puts the nginx master (root) and its workers (`www-data`) in a
sandbox. Pure text: it names no host path that varies, so it takes no context.

Every directive carries its reason; docs/operations.md has the operator's view.
"""

from __future__ import annotations

NGINX_UNIT = "nginx.service"
NGINX_DROPIN = f"{NGINX_UNIT}.d/appliance.conf"

_DROPIN = """\
# /etc/systemd/system/nginx.service.d/appliance.conf: rendered by `appliance render systemd`.
# Do not edit: re-render it, or put local changes in a drop-in that sorts after this one
# (e.g. nginx.service.d/local.conf).
#
# Added to the distribution's nginx.service (Debian: /lib/systemd/system/nginx.service),
# which keeps its own ExecStart=, ExecReload= (nginx -s reload) and stop (SIGQUIT, then
# SIGTERM). This file orders nginx after the appliance's proxy and sandboxes it.

[Unit]
# nginx forwards every request to the proxy on loopback. Wants=: starting nginx starts the
# proxy (and, through it, the agent and supervisord); stopping or restarting nginx never
# touches them, and nothing in their units points back here. After=: nginx starts once the
# proxy's process has started (until the proxy listens, a few seconds, nginx answers 502),
# and at shutdown it stops first, so clients meet a refused connection rather than a 502.
Wants=appliance-proxy.service
After=appliance-proxy.service

[Service]
# The master runs as root: it binds 443 and 80, reads the TLS key, opens the logs, and
# starts the workers as www-data. These are the only capabilities it keeps, each found
# missing in a booted Debian 12 host when taken away (all but CAP_KILL):
#   CAP_NET_BIND_SERVICE  ports below 1024
#   CAP_SETUID CAP_SETGID the workers' user and groups; without them every worker dies
#   CAP_DAC_OVERRIDE      the logs, owned by www-data with mode 0640 (as the package and
#                         logrotate make them); without it nginx does not start
#   CAP_CHOWN             handing the temp directories (/var/lib/nginx/body, ...) and a log
#                         it created itself to www-data; without it the first start fails
#   CAP_KILL              SIGKILL to workers that outlive a fast shutdown (other signals
#                         reach them over nginx's own channel), which run as another user
CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_DAC_OVERRIDE CAP_CHOWN CAP_KILL
AmbientCapabilities=
NoNewPrivileges=yes
RestrictSUIDSGID=yes
# /usr, /boot, /efi and /etc read-only (nginx cannot rewrite its config nor the certificates);
# /var and /run stay writable for the pid file, logs, temp files and whatever cache paths a
# site names (strict would need each listed). /home, /root and /run/user are hidden.
ProtectSystem=full
ProtectHome=yes
PrivateTmp=yes
# A /dev of pseudo devices only (/dev/null, /dev/urandom, ...); no raw I/O.
PrivateDevices=yes
# Mounts made inside do not reach the host.
PrivateMounts=yes
# Kernel settings, modules, the kernel log, the cgroup tree, the clock and the host name
# are out of reach.
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
# No namespaces, no realtime scheduling, no personality(2) changes, the native ABI only.
RestrictNamespaces=yes
RestrictRealtime=yes
LockPersonality=yes
SystemCallArchitectures=native
# No memory both writable and executable. nginx's regular expressions do not JIT unless
# `pcre_jit on;` is set; where it is, nginx logs that the JIT failed and matches without it.
MemoryDenyWriteExecute=yes
# Unix sockets and TCP/UDP over IPv4 and IPv6; nothing else.
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
# New files (logs, temp files) are for their owner and group only, as Debian's logrotate
# makes the logs (0640).
UMask=0027
"""


def render_nginx_dropin() -> str:
    """The text of `nginx.service.d/appliance.conf`."""
    return _DROPIN
