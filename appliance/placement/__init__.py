"""GPU placement: which replica gets which GPUs, what fraction of each, and which port."""
