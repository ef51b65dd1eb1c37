"""Entry point of the frozen bundle: the same `govcamp` command as `python -m govcamp`."""

import sys

from govcamp.cli import main

if __name__ == "__main__":
    sys.exit(main())
