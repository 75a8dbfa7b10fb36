"""Qt item models over core service results."""
