# ftconform reproducer: a growing list hands a lock-free reader the item a slot held before
#
# Known issue unfiled-list-stale-slot (found by ftconform, not filed upstream yet; see the README's Known issues):
# list_pop_impl leaves the popped item's pointer in the vacated slot; list_resize (here for c *= 2) copies every
# allocated slot into the new array and sets the size before list_inplace_repeat stores the new slots, so c[2]
# (list_get_item_ref, lock-free) can return the item thread 1 has just popped. Found by ftconform's list suite on
# 3.13.15t (seed 783786999); fails within 0.1 s on 3.13.5t, 3.13.15t and its TSAN build, never with PYTHON_GIL=1.
# Scenario:
#   c = [_M(1000), _M(1000), _M(1001)]  # shared list; lock: none
#   thread 0:
#       c *= 2
#       r = None
#   thread 1:
#       r = c.pop(2)
#       r = c[2]
#
# Usage: <interpreter> <this file> [seconds]   (default 60 s)
# Exit status: 1 when a forbidden outcome was seen, 0 when nothing was seen within the budget;
# a crash kills the interpreter (negative status / 128+signal), a hang is reported by the watchdog.
import faulthandler
import json
import os
import random
import sys
import threading
import time
from array import array
from collections import Counter

# --- ftconform prelude: outcome encoding shared with the TypeScript oracle -------------------------
# Outcomes are hashable while the program runs (Counter keys) and encoded to canonical JSON once
# per distinct outcome: tuple/list -> array, dict -> {"d": [[k, v], ...]}, set -> {"s": sorted},
# exception -> {"e": "TypeName"}.
import collections as _collections
import json as _json
import time as _time


def _M(v):
    # A mortal int: built at run time (not a code constant, beyond the small-int cache), freed when dropped.
    return int(str(v))


def _S(s):
    # A str built at run time: not interned, so lookups compare it rather than match its identity.
    return "".join(list(s))


def _T(*xs):
    # A tuple built at run time.
    return tuple(list(xs))


class _K:
    # Keys that all hash alike: every lookup walks one collision chain and runs this Python __eq__.
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return type(other) is _K and self.v == other.v

    def __repr__(self):
        return "_K(%d)" % self.v


class _Y:
    # As _K, with an __eq__ that sleeps(0): the thread detaches, so a lookup can lose the object's lock.
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        _time.sleep(0)
        return type(other) is _Y and self.v == other.v

    def __repr__(self):
        return "_Y(%d)" % self.v


def _ORD(x):
    # The order set members are printed in (the oracle's pyCompare): by kind, then by value.
    if isinstance(x, str):
        return (1, x)
    if isinstance(x, tuple):
        return (2, tuple(_ORD(y) for y in x))
    if isinstance(x, _K):
        return (3, x.v)
    if isinstance(x, _Y):
        return (4, x.v)
    return (0, x)


class _Exc:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


_EXCS = {}


def EXC(e):
    n = type(e).__name__
    x = _EXCS.get(n)
    if x is None:
        x = _EXCS[n] = _Exc(n)
    return x


class _D(tuple):
    __slots__ = ()


class _X(str):
    # A container that failed its consistency check after a run: the detail, encoded {"x": detail}.
    __slots__ = ()


_MISS = object()


def FL(l):
    # A list's final state, checked: len agrees with iteration, and reading each index gives what
    # iteration gave.
    items = tuple(l)
    n = len(l)
    if len(items) != n:
        return _X("len(lst) is %d but iteration gave %d items" % (n, len(items)))
    for i, x in enumerate(items):
        if l[i] is not x:
            return _X("lst[%d] is %r but iteration gave %r" % (i, l[i], x))
    return items


def FD(d):
    # A dict's final state, checked: len agrees with iteration, and every iterated key is found by
    # lookup with its iterated value.
    items = tuple(d.items())
    n = len(d)
    if len(items) != n:
        return _X("len(d) is %d but iteration gave %d items" % (n, len(items)))
    for k, v in items:
        found = d.get(k, _MISS)
        if found is not v:
            if found is _MISS:
                return _X("d[%r] is missing but iteration gave it with %r" % (k, v))
            return _X("d[%r] looks up %r but iteration gave %r" % (k, found, v))
    return _D(items)


def FS(s):
    # A set's final state, checked: len agrees with iteration, members are distinct and each is found.
    if type(s) is frozenset:
        return s
    members = tuple(s)
    n = len(s)
    if len(members) != n or len(frozenset(members)) != n:
        return _X("len(s) is %d but iteration gave %r" % (n, sorted(members, key=_ORD)))
    for x in members:
        if x not in s:
            return _X("%r was iterated but is not in the set" % (x,))
    return frozenset(members)


def FDL(d):
    # A defaultdict(list)'s final state: checked as any dict, its list values frozen as tuples.
    f = FD(d)
    return f if isinstance(f, _X) else _D((k, tuple(v)) for k, v in f)


def _DD(d):
    # A defaultdict(list) holding the literal's items, with lists for values.
    return _collections.defaultdict(list, {k: list(v) for k, v in d.items()})


def _OD(d):
    return _collections.OrderedDict(d)


def _CT(d):
    return _collections.Counter(d)


class _I:
    # One class for every instance: their attribute dicts share their keys (split tables).
    pass


def _IN(d):
    # An instance whose attributes are the literal's items.
    o = _I()
    for k, v in d.items():
        setattr(o, k, v)
    return o


def FI(o):
    # An instance's final state: its attribute dict, checked and frozen as any dict.
    return FD(o.__dict__)


def FPAIR(f):
    # Two shared containers (c, o): the final state of both.
    return lambda p: (f(p[0]), f(p[1]))


def _LI(items):
    # A list and one iterator over it, shared by the threads.
    return (items, iter(items))


def FITER(p):
    return FL(p[0])


# Shared dict and set iterators. The pair (container, iterator) in the stride's list is the harness's
# only reference to either (no other list keeps the iterator), so that when an iterator drops its
# container's reference twice (gh-154130) the container is freed while the pair still names it and the
# final check below reads freed memory, as a program would.
_DITERS = {"keys": iter, "values": lambda d: iter(d.values()), "items": lambda d: iter(d.items()),
           "reversed": reversed}


def _DI(d, how, holes):
    # A dict and one iterator over it. The hole keys are added and deleted first: deleted entries stay
    # in the entry table, and the iterator's position counts them.
    for k in holes:
        d[k] = None
    for k in holes:
        del d[k]
    return (d, _DITERS[how](d))


def _SI(s):
    return (s, iter(s))


def _FI(s):
    # A frozenset and one iterator over it: only next() runs on it.
    f = frozenset(s)
    return (f, iter(f))


def FDITER(p):
    # A dict freed while the pair still names it may by now be another object in the same memory.
    if type(p[0]) is not dict:
        return _X("the dict is now a %s object: freed while still referenced" % type(p[0]).__name__)
    return FD(p[0])


def FSITER(p):
    if type(p[0]) not in (set, frozenset):
        return _X("the set is now a %s object: freed while still referenced" % type(p[0]).__name__)
    return FS(p[0])


def ENC(v):
    if isinstance(v, _X):
        return {"x": str(v)}
    if isinstance(v, _Exc):
        return {"e": v.name}
    if isinstance(v, _D):
        return {"d": [[ENC(k), ENC(x)] for k, x in v]}
    if isinstance(v, (frozenset, set)):
        return {"s": [ENC(x) for x in sorted(v, key=_ORD)]}
    if isinstance(v, _K):
        return {"k": v.v}
    if isinstance(v, _Y):
        return {"y": v.v}
    if isinstance(v, dict):
        return {"d": [[ENC(k), ENC(x)] for k, x in v.items()]}
    if isinstance(v, (tuple, list)):
        return [ENC(x) for x in v]
    return v


def KEY(v):
    # ensure_ascii=False: escape only what JSON.stringify escapes, so both sides agree byte for byte.
    return _json.dumps(ENC(v), separators=(",", ":"), ensure_ascii=False)
# --- end of prelude ---------------------------------------------------------------------------------


faulthandler.enable()
_now = time.perf_counter_ns
GIL = bool(getattr(sys, "_is_gil_enabled", lambda: True)())
try:
    CPUS = len(os.sched_getaffinity(0))
except AttributeError:
    CPUS = os.cpu_count() or 1
STRIDE = 512
TIMED_EVERY = 8
# Threads meet every MEET elements; between meetings they run free (cheaper, still in step).
MEET = 2
# A scenario whose workers make no progress for this long (seconds) has hung (see _Stall); 0: not watched.
STALL_S = 5


def _stride(build, budget, nthreads):
    # The budget is checked between rounds, so a round must stay well inside it: a container that is slow to
    # build (keys whose __eq__ sleeps, all colliding: 18 of them take 14 ms, and a round of 512 such elements
    # took 40 s, past the 31 s watchdog) gets a shorter stride. An element costs several builds (its own, the
    # operations, the fold): aim for a round of at most a quarter of the budget. A multiple of MEET, at least
    # MEET elements per worker; STRIDE for everything that builds in microseconds.
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        build()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    n = int(budget / 4 / (8 * best)) if best > 0 else STRIDE
    n -= n % MEET
    return max(MEET * nthreads, min(STRIDE, n))


class _Stall:
    # The stall watchdog. A worker stuck in an operation (3.13.15t's shared frozenset iterator, gh-144356,
    # loops forever inside next()) leaves the others spinning at the next meeting, so nothing that marks
    # progress moves: the meeting counters, the round flags. While they move, this thread keeps pushing
    # faulthandler's watchdog STALL_S seconds ahead; once they stand still it stops, and the watchdog dumps
    # every thread's stack and exits STALL_S seconds after its last push (at most 1.25 s before the last
    # move) instead of three times the budget plus 30 s. Nothing in a healthy round stands still that long:
    # its building and folding take at most a quarter of the budget (_stride). The watchdog is faulthandler's own thread, so it fires also when this
    # one cannot run (the stuck worker never reaches the stop-the-world pause another thread waits for:
    # gh-144356 again). Only ticks that come on time can stand still: a process that was not running (a busy
    # machine) did not hang. Past the scenario's own watchdog time it is pushed no more.
    def __init__(self):
        self.src = None
        self.until = None
        self.thread = None
        self.pushed = 0.0
        self.lock = threading.Lock()

    def arm(self, src):
        if not STALL_S:
            return
        with self.lock:
            self.src = src
            if self.until is None or time.monotonic() + STALL_S < self.until:
                faulthandler.dump_traceback_later(STALL_S, exit=True)
                self.pushed = time.monotonic()
        if self.thread is None:
            self.thread = threading.Thread(target=self._watch, daemon=True)
            self.thread.start()

    def disarm(self):
        with self.lock:
            if self.src is None:
                return
            self.src = None
            # Back to the scenario's own watchdog for what is left of it (main() cancels it at the end).
            if self.until is None:
                faulthandler.cancel_dump_traceback_later()
            else:
                faulthandler.dump_traceback_later(max(1.0, self.until - time.monotonic()), exit=True)

    def _watch(self):
        # Pushed at most once a second (each push starts a new faulthandler thread): the watchdog fires 3.75 to
        # 5 s after the last move.
        every = min(1.0, STALL_S / 4)
        tick = every / 4
        last = None
        t = time.monotonic()
        while True:
            time.sleep(tick)
            now = time.monotonic()
            late, t = now - t > 1.0, now
            with self.lock:
                src = self.src
                if src is None:
                    last = None
                    continue
                v = sum(sum(s) for s in src)
                if ((v != last and now - self.pushed >= every) or late) and (self.until is None or now + STALL_S < self.until):
                    faulthandler.dump_traceback_later(STALL_S, exit=True)
                    self.pushed = now
                last = v


_STALL = _Stall()


class _Shared:
    __slots__ = ("conts", "prog", "res", "ts", "te", "timed", "stop")


class _Ctl:
    # Set by any worker before it publishes its next round; read by every worker after all published it.
    __slots__ = ("stop",)

    def __init__(self):
        self.stop = False


def _await(flags, v, spin, give):
    # Spin until every worker's flag reached v (a round built, or a round done); returns how often the
    # wait outlasted the spin budget and gave the core away.
    waits = 0
    for o in range(len(flags)):
        n = 0
        while flags[o] < v:
            n += 1
            if n > spin:
                give()
                n = 0
                waits += 1
    return waits


def _giver(mode):
    # How a worker gives its core away when a wait outlasts its spin budget. With more workers than cores
    # (or the GIL on) time.sleep(0), as before: a real yield (os.sched_yield) handed the core from worker to
    # worker at every meeting and ran their operations one after another (3 threads on 2 cores: only
    # serial outcomes, planted bugs missed). Otherwise the one waited on lost its core to another process:
    # sleep 50 us, so that our core's time goes to that process now and the scheduler gives it back while
    # the two of us can run together (`npm run bench`, busy variant).
    if mode == "spin-yield":
        return lambda: time.sleep(0)
    return lambda: time.sleep(5e-5)


def _pin_plan(nthreads, mode):
    # One CPU per worker, as jcstress pins its actors. FTCONFORM_CPUS names this program's share of the
    # usable CPUs (indices into the sorted affinity set; empty: do not pin); without it a program takes the
    # first ones. No pinning with the GIL on, or with fewer CPUs than workers (the OS spreads them then).
    if GIL or mode != "spin" or not hasattr(os, "sched_setaffinity"):
        return None
    usable = sorted(os.sched_getaffinity(0))
    share = os.environ.get("FTCONFORM_CPUS")
    if share is None:
        cpus = usable
    else:
        cpus = [usable[int(i)] for i in share.split(",") if i.strip().isdigit() and int(i) < len(usable)]
    return cpus[:nthreads] if len(cpus) >= nthreads else None


def _pin(cpus, t):
    if cpus is not None:
        try:
            os.sched_setaffinity(0, (cpus[t],))
        except OSError:
            pass


def _sync_mode(nthreads):
    # With the GIL on or more threads than cores, a spinning thread waits on one that is not running:
    # spin briefly, then yield; under the GIL also switch threads as often as CPython allows.
    if GIL or nthreads > CPUS:
        if GIL:
            sys.setswitchinterval(1e-6)
        return "spin-yield", 50
    # Bounded even then: another process may have taken our core (the yield lets it give it back).
    return "spin", 2000


def _overlapped(ts, te, lo, hi):
    # A run overlapped when the intervals of at least two threads intersect (runs lo to hi - 1).
    hits = 0
    if len(ts) == 2:
        a0, a1, b0, b1 = ts[0], te[0], ts[1], te[1]
        for j in range(lo, hi):
            if max(a0[j], b0[j]) < min(a1[j], b1[j]):
                hits += 1
        return hits
    for j in range(lo, hi):
        iv = sorted((ts[t][j], te[t][j]) for t in range(len(ts)))
        end = iv[0][1]
        for s, e in iv[1:]:
            if s < end:
                hits += 1
                break
            end = max(end, e)
    return hits



def scenario_k0(budget, max_runs, seed, stop_on=None):
    T = 2
    N = _stride(lambda: [_M(1000), _M(1000), _M(1001)], budget, T)
    mode, SPIN = _sync_mode(T)
    _L = threading.Lock()
    rng = random.Random(seed)
    # Seeded jitter: a few idle steps before some operations, so that every order of arrival happens.
    jit = [[(rng.randrange(1, 12) if rng.random() < 0.3 else 0) for _ in range(N)] for _ in range(T)]
    res = [[None] * N for _ in range(T)]
    ts = [[0] * N for _ in range(T)]
    te = [[0] * N for _ in range(T)]
    _cs = [None] * N
    _prog = array('q', [-1] * T)
    # Rounds begin and end through list slots, never through prog: in the free-threaded build a list store
    # publishes what the thread wrote before it (release) and a list read sees it (Objects/listobject.c).
    built = [0] * T
    fin = [0] * T
    ctl = _Ctl()
    out = [None] * T
    cpus = _pin_plan(T, mode)
    final = FL
    rounds_max = -(-max_runs // N)
    started = time.monotonic()
    deadline = started + budget

    def w0():
        _pin(cpus, 0)
        # What the loop touches per element, as locals: in the free-threaded build every read of a
        # variable of the enclosing function locks its cell (PyCell_GetRef), and both workers share the cells.
        cs, prog, L, now, give = _cs, _prog, _L, _now, _giver(mode)
        jt = jit[0]
        rs = res[0]
        tst = ts[0]
        tet = te[0]
        # This worker's share of the stride: it builds these containers and folds these outcomes.
        lo = 0 * N // T
        hi = 1 * N // T
        hist = Counter()
        known = timed = overlapped = waits = 0
        spin = SPIN
        for j in range(lo, hi):
            cs[j] = [_M(1000), _M(1000), _M(1001)]
        built[0] = 1
        rnd = 0
        while True:
            waits += _await(built, rnd + 1, spin, give)
            if ctl.stop:
                break
            base = rnd * N
            if rnd % TIMED_EVERY == 0:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[0] = base + j0
                    n = 0
                    while prog[1] < base + j0:
                        n += 1
                        if n > spin:
                            give()
                            n = 0
                            waits += 1
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        tst[j] = now()
                        try:
                            c *= 2
                            r = None
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        tet[j] = now()
                        rs[j] = (r0,)
            else:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[0] = base + j0
                    n = 0
                    while prog[1] < base + j0:
                        n += 1
                        if n > spin:
                            give()
                            n = 0
                            waits += 1
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        try:
                            c *= 2
                            r = None
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        rs[j] = (r0,)
            fin[0] = rnd + 1
            waits += _await(fin, rnd + 1, spin, give)
            hist.update(zip(res[0][lo:hi], res[1][lo:hi], map(final, cs[lo:hi])))
            if rnd % TIMED_EVERY == 0:
                timed += hi - lo
                overlapped += _overlapped(ts, te, lo, hi)
            rnd += 1
            # A reproducer stops as soon as an outcome it looks for shows up; any worker may stop the
            # run, before it publishes its next round (every worker reads ctl.stop after that).
            if stop_on is not None and len(hist) != known:
                known = len(hist)
                if any(stop_on(KEY(x)) for x in hist):
                    ctl.stop = True
            if rnd >= rounds_max or time.monotonic() >= deadline:
                ctl.stop = True
            for j in range(lo, hi):
                cs[j] = [_M(1000), _M(1000), _M(1001)]
            built[0] = rnd + 1
        out[0] = (hist, rnd, timed, overlapped, waits)

    def w1():
        _pin(cpus, 1)
        # What the loop touches per element, as locals: in the free-threaded build every read of a
        # variable of the enclosing function locks its cell (PyCell_GetRef), and both workers share the cells.
        cs, prog, L, now, give = _cs, _prog, _L, _now, _giver(mode)
        jt = jit[1]
        rs = res[1]
        tst = ts[1]
        tet = te[1]
        # This worker's share of the stride: it builds these containers and folds these outcomes.
        lo = 1 * N // T
        hi = 2 * N // T
        hist = Counter()
        known = timed = overlapped = waits = 0
        spin = SPIN
        for j in range(lo, hi):
            cs[j] = [_M(1000), _M(1000), _M(1001)]
        built[1] = 1
        rnd = 0
        while True:
            waits += _await(built, rnd + 1, spin, give)
            if ctl.stop:
                break
            base = rnd * N
            if rnd % TIMED_EVERY == 0:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[1] = base + j0
                    n = 0
                    while prog[0] < base + j0:
                        n += 1
                        if n > spin:
                            give()
                            n = 0
                            waits += 1
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        tst[j] = now()
                        try:
                            r = c.pop(2)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = c[2]
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        tet[j] = now()
                        rs[j] = (r0, r1,)
            else:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[1] = base + j0
                    n = 0
                    while prog[0] < base + j0:
                        n += 1
                        if n > spin:
                            give()
                            n = 0
                            waits += 1
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        try:
                            r = c.pop(2)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = c[2]
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        rs[j] = (r0, r1,)
            fin[1] = rnd + 1
            waits += _await(fin, rnd + 1, spin, give)
            hist.update(zip(res[0][lo:hi], res[1][lo:hi], map(final, cs[lo:hi])))
            if rnd % TIMED_EVERY == 0:
                timed += hi - lo
                overlapped += _overlapped(ts, te, lo, hi)
            rnd += 1
            # A reproducer stops as soon as an outcome it looks for shows up; any worker may stop the
            # run, before it publishes its next round (every worker reads ctl.stop after that).
            if stop_on is not None and len(hist) != known:
                known = len(hist)
                if any(stop_on(KEY(x)) for x in hist):
                    ctl.stop = True
            for j in range(lo, hi):
                cs[j] = [_M(1000), _M(1000), _M(1001)]
            built[1] = rnd + 1
        out[1] = (hist, rnd, timed, overlapped, waits)

    workers = [threading.Thread(target=w, daemon=True) for w in (w0, w1,)]
    _STALL.arm((_prog, built, fin))
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    _STALL.disarm()
    hist = Counter()
    for o in out:
        hist.update(o[0])
    runs = out[0][1] * N
    return {"runs": runs, "hist": {KEY(k): v for k, v in hist.items()}, "timed": sum(o[2] for o in out),
            "overlapped": sum(o[3] for o in out), "sync": mode, "gil": GIL, "cpus": CPUS,
            "pinned": cpus is not None, "long_waits": sum(o[4] for o in out),
            "seconds": round(time.monotonic() - started, 3)}



# Every outcome a correct interpreter may produce for this scenario (canonical JSON, see the prelude).
ALLOWED = {
    "[[null],[1001,1000],[1000,1000,1000,1000,1001]]",
    "[[null],[1001,1000],[1000,1000,1000,1000]]",
    "[[null],[1001,{\"e\":\"IndexError\"}],[1000,1000,1000,1000]]",
}


def _bad(k):
    return k not in ALLOWED


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60
    deadline = time.monotonic() + seconds
    total = Counter()
    runs = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        faulthandler.dump_traceback_later(int(min(left, 1.0) * 3) + 30, exit=True)
        out = scenario_k0(min(left, 1.0), 10 ** 12, 1 + runs, stop_on=_bad)
        faulthandler.cancel_dump_traceback_later()
        runs += out["runs"]
        total.update(out["hist"])
        bad = {k: v for k, v in total.items() if _bad(k)}
        if bad:
            print("FORBIDDEN outcome seen after %d runs:" % runs)
            for k, v in sorted(bad.items(), key=lambda kv: -kv[1]):
                print("  %8d  %s" % (v, k))
            print("allowed outcomes seen:")
            for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
                if not _bad(k):
                    print("  %8d  %s" % (v, k))
            sys.exit(1)
    print("not reproduced: %d runs in %.0f s, outcomes all allowed" % (runs, seconds))
    for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
        print("  %8d  %s" % (v, k))
    sys.exit(0)


if __name__ == "__main__":
    main()
