"""Printing: core results in, PDF out. reportlab only: no Qt, no ``peerdesk.ui``.

Each printed sheet is a module in ``sheets/`` with one public ``build_<sheet>(data, theme)``
returning flowables; ``render.render_pdf`` lays them out with the page footer and writes the file.
"""
