"""``python -m govcamp``."""

import sys

from govcamp.cli import main

sys.exit(main())
