"""Ralph's own xAPI model judges statements, run by the Python of Ralph's venv.

Reads one statement per line (JSON) on standard input and writes, for each, a line
``{"ok": true}`` or ``{"ok": false, "error": "..."}``, as Ralph's
``BaseXapiStatement`` (its model of the xAPI 1.0.3 rules) finds it.
"""

import json
import os
import sys

os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")

from ralph.models.xapi.base.statements import BaseXapiStatement

for line in sys.stdin:
    try:
        BaseXapiStatement(**json.loads(line))
        print(json.dumps({"ok": True}))
    except Exception as error:  # a validation error, or a statement that is not an object
        print(json.dumps({"ok": False, "error": " ".join(str(error).split())[:300]}))
