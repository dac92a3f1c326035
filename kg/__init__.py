"""kg: knowledge graphs from Chinese government and party news."""

from __future__ import annotations

__version__ = "0.1.0"
