"""Test-wide settings: the extraction cache lives in a temporary folder, never in the user's home.

The folder is removed when the test process exits, so that repeated runs leave nothing behind in the
system's temporary directory. A cache folder the caller chose (``KG_CACHE_DIR`` already set) is left alone.
"""

from __future__ import annotations

import os
import tempfile

if "KG_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.TemporaryDirectory(prefix="kg-test-cache-")
    os.environ["KG_CACHE_DIR"] = _CACHE.name
