"""The domain and storage layer: no Qt, no reportlab, drivable from a script or a test."""
