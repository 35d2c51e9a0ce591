# Upstream report form of known issue unfiled-list-stale-slot (ftconform, README "Known issues"): plain Python,
# no harness. Exit 1 when the read was seen. Usage: <interpreter> <this file> [rounds] [seconds]
# (it stops at the first sight, or after that many rounds or seconds: a loaded machine runs fewer rounds).
# Free-threaded CPython 3.13: a lock-free list read returns an item the list no longer holds.
# The reader pops X (list_pop_impl leaves slot 2 pointing at X), then reads c[2] while another thread runs
# c *= 2: list_resize copies every allocated slot (X included) and sets the size before
# list_inplace_repeat stores slot 2, so c[2] can return X.
import sys, threading, time
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
S = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
sys.setswitchinterval(1e-6)   # with the GIL on (the control), hand over at once while spinning
X = object()
box, step, stop, done = [None], [0], [False], [0]
seen = 0

def reader():
    global seen
    deadline = time.monotonic() + S
    for i in range(N):
        if seen or time.monotonic() > deadline:
            break
        c = box[0] = ['a', 'b', X]    # made by the reader: its owner reads it lock-free
        c.pop()
        step[0] = 2 * i + 1           # go
        while step[0] != 2 * i + 2:   # until the writer is done
            try:
                if c[2] is X:
                    seen += 1
            except IndexError:
                pass
        done[0] = i + 1
    stop[0] = True

def writer():
    for i in range(N):
        while step[0] != 2 * i + 1:
            if stop[0]:
                return
        box[0] *= 2
        step[0] = 2 * i + 2

ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.version.split()[0], f'c[2] returned the popped item {seen} times in {done[0]} rounds')
sys.exit(1 if seen else 0)
