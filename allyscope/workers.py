"""Worker processes that die with their parent.

A `kill -9` of the parent runs no cleanup, so a pool's workers would go on parsing (and holding the caller's
pipes open) for as long as their queue lasts. Each worker therefore asks the kernel to kill it when its parent
dies (Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`), and, where that call does not exist, watches its parent's pid
from a thread and exits when it changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

PR_SET_PDEATHSIG = 1


def _set_parent_death_signal() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies; False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int, every: float = 0.5) -> None:
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent(parent: int) -> None:
    """Worker initialiser: end this process when `parent` ends (checked once more after arming, for the race
    where the parent died between our fork and the prctl call). Ctrl-C reaches the whole process group: the
    parent handles it (and shuts the pool down), so workers ignore it rather than print a traceback each. The
    worker was started with SIGINT blocked (see `_Pool`): a Ctrl-C that came before this line is still pending,
    and is dropped when the signal is unblocked after being ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if not _set_parent_death_signal():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


class _Pool(ProcessPoolExecutor):
    """A process pool whose workers start with SIGINT blocked: a Ctrl-C to the process group that lands between a
    worker's start and its initialiser would otherwise print that worker's traceback. The parent's own Ctrl-C is
    only held back while a worker is being started, then raised as usual."""

    def _spawn_process(self) -> None:
        if not hasattr(signal, "pthread_sigmask"):
            super()._spawn_process()  # type: ignore[misc]
            return
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            super()._spawn_process()  # type: ignore[misc]
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def _start_executor_manager_thread(self) -> None:
        """With fork, every worker is started here and then the thread that feeds them: a Ctrl-C between the two
        left workers that no thread would ever tell to stop, and the interpreter waited for them at exit for
        ever. It is held back until both are running (and the thread starts with it blocked: only the main
        thread handles it)."""
        if not hasattr(signal, "pthread_sigmask"):
            super()._start_executor_manager_thread()
            return
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            super()._start_executor_manager_thread()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker(parent: int, niceness: int) -> None:
    die_with_parent(parent)
    if niceness > 0:
        from allyscope.priority import lower_priority

        lower_priority(niceness)


def pool(jobs: int, context: BaseContext | None = None, niceness: int = 0, **kwargs: Any) -> ProcessPoolExecutor:
    """A process pool whose workers end when this process ends, however it ends, and run at `niceness` (raised,
    never lowered; 0 keeps this process's priority)."""
    return _Pool(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(), niceness), **kwargs
    )
