"""Dialogs: small windows that ask for or edit one thing."""
