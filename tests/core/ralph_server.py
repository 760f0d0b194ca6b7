"""Ralph's LRS app on the file backend, run by the Python of Ralph's own venv.

What ``ralph runserver -b fs`` runs (``ralph.api:app`` under uvicorn, configured by
environment variables), with two differences. The file backend appends: Ralph's
``FSLRSBackend`` writes with its data backend's default operation, ``create``, which
refuses to write to a file that exists, so every POST after the first fails with
"already exists and overwrite is not allowed" (ralph-malph 4.2 and 5.1). And no
reloader: one process, ended by SIGTERM.

    python ralph_server.py HOST PORT DIRECTORY
"""

import os
import sys

host, port, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = directory

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host=host, port=port, log_level="warning")
