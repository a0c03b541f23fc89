"""GPU placement: which replica gets which GPUs and what fraction of each."""
