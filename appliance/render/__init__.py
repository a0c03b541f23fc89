"""Files the appliance renders for the host it runs on.

`appliance.render.systemd`: the systemd units (`render_units`, `UnitContext`).
`appliance.render.nginx`: the nginx site in front of the proxy (`render_site`).
"""
