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

# A ThreadSanitizer build (--with-thread-sanitizer, or -fsanitize=thread in the flags) and, for it, the
# suppressions file of its own version: copied into the prefix by `ftconform provision --tsan`, or in
# the source tree of a build run where it was built.
_flags = " ".join(str(sysconfig.get_config_var(k) or "") for k in ("CONFIG_ARGS", "PY_CFLAGS", "CFLAGS", "LDFLAGS"))
tsan = "--with-thread-sanitizer" in _flags or "-fsanitize=thread" in _flags
suppressions = None
if tsan:
    for candidate in (
        os.path.join(sys.prefix, "share", "ftconform", "suppressions_free_threading.txt"),
        os.path.join(str(sysconfig.get_config_var("srcdir") or ""), "Tools", "tsan", "suppressions_free_threading.txt"),
    ):
        if os.path.isfile(candidate):
            suppressions = os.path.abspath(candidate)
            break

print("FTCONFORM_PROBE " + json.dumps({
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "build": " ".join(sys.version.split()),
    "gilDisabledBuild": sysconfig.get_config_var("Py_GIL_DISABLED") == 1,
    # Before 3.13 there is no switch: the GIL is always on.
    "gilEnabled": bool(is_gil_enabled()) if is_gil_enabled else True,
    "cpus": cpus,
    "tsan": tsan,
    "tsanSuppressions": suppressions,
}))
