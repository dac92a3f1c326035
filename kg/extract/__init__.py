"""Extractor stages, one module each. ``STAGES`` is the order they run in."""
