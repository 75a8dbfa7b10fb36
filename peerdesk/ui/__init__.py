"""The Qt layer: windows, pages, dialogs and item models over core service results."""
