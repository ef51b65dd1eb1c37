"""One welcome desk for the 4-desk benchmark: ``python -m benchmarks.desk_worker TARGET DESK GO CODE…``.

Opens the event (a file or a server URL), waits until the file ``GO`` exists so every desk starts at the
same moment, checks each code in through the real service and prints how many it checked in.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from govcamp.services.checkin import check_in
from govcamp.store.eventfile import open_event


def main(target: str, desk: str, go: str, codes: list[str]) -> None:
    with open_event(target if "://" in target else Path(target)) as db:
        check_in(db, "warm-up: no such code", desk=desk)  # connected before the start, as a desk would be
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.002)
        done = sum(check_in(db, code, desk=desk).result.value == "checked_in" for code in codes)
    print(done, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
