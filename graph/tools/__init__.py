"""Measuring scripts of the graph layer (not tests: they print figures)."""
