"""An LLM serving appliance for bare-metal GPU hosts."""

__version__ = "0.1.0"
