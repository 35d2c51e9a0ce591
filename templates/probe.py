# ftconform's probe: prints what this interpreter is, as one marked JSON line.
# Kept to old syntax so that an old Python answers and is refused with a clear reason.
import json
import os
import sys
import sysconfig

is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
if hasattr(os, "sched_getaffinity"):
    cpus = len(os.sched_getaffinity(0))
else:
    cpus = os.cpu_count() or 1

print("FTCONFORM_PROBE " + json.dumps({
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "build": " ".join(sys.version.split()),
    "gilDisabledBuild": sysconfig.get_config_var("Py_GIL_DISABLED") == 1,
    # Before 3.13 there is no switch: the GIL is always on.
    "gilEnabled": bool(is_gil_enabled()) if is_gil_enabled else True,
    "cpus": cpus,
}))
