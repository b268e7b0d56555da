"""``python -m benchmarks``: every benchmark in one run (see ``benchmarks/run_all.py``)."""

import sys

from benchmarks.run_all import main

sys.exit(main())
