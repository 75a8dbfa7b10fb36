"""The bundle's entry point (PyInstaller needs a script): the ``peerdesk`` command itself.

Kept outside the package so that PyInstaller does not put ``peerdesk/`` itself on the import
path (it adds the script's folder), which would make ``core`` importable as a top-level name.
"""

import sys

from peerdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
