"""The fleet: nodes that find each other by gossip (Serf) and serve as one (docs/fleet.md)."""
