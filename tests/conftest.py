"""Test-wide settings: the extraction cache lives in a temporary folder, never in the user's home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("KG_CACHE_DIR", tempfile.mkdtemp(prefix="kg-test-cache-"))
