"""One welcome desk in a race test: ``python -m tests.race_desk URL DESK GO_FILE CODE…``.

Opens the shared event, waits until ``GO_FILE`` exists (so every desk starts at the same moment), checks
each code in through the real service and prints ``{code: result}`` as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from govcamp.services.checkin import check_in
from govcamp.store.eventfile import open_event


def main(url: str, desk: str, go: str, codes: list[str]) -> None:
    with open_event(url) as db:
        check_in(db, "warm-up: no such code", desk=desk)  # connect before the start, as a desk would be
        while not Path(go).exists():
            time.sleep(0.005)
        results = {code: check_in(db, code, desk=desk).result.value for code in codes}
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
