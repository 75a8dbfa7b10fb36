"""Small reusable widgets: tables set up the same way, the venue chooser, the schedule editor."""
