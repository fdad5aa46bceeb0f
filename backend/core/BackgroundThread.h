#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fc {

/// Lowers the calling thread's CPU priority by `increment` nice levels, so that background work
/// (parsing a cluster's watch events, generating keys) waits for the UI thread on a busy machine
/// rather than the other way round. Linux threads are tasks with their own nice value (raising it
/// needs no privilege), and threads started from this one inherit it. QThread::setPriority has no
/// effect for SCHED_OTHER threads on Linux, hence setpriority on the thread id. Elsewhere a no-op.
inline void lowerCurrentThreadPriority(int increment = 4)
{
#ifdef Q_OS_LINUX
    const pid_t tid = gettid();
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, id_t(tid));
    if (errno == 0)
        setpriority(PRIO_PROCESS, id_t(tid), std::min(current + increment, 19));
#else
    Q_UNUSED(increment);
#endif
}

} // namespace fc
