"""``python -m closeread`` does what the ``closeread`` command does."""

import sys

from closeread.cli import main

sys.exit(main())
