"""peerdesk: an offline desktop program for user-led peer support groups."""

__version__ = "0.1.0"
