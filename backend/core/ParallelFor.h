#pragma once

#include "backend/core/BackgroundThread.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace fc {

struct ParallelOptions {
    int threads = 0; ///< at most this many at once; 0: QThread::idealThreadCount()
    const std::atomic<bool> *stop = nullptr; ///< once true, no further job starts
    bool background = false; ///< helper threads at lowered priority (lowerCurrentThreadPriority)
};

namespace detail {
/// True on a thread while it runs a parallelFor job.
inline thread_local bool t_inParallelJob = false;
}

/// Runs job(i) for every i in [0, count), each index once, on up to options.threads threads: the
/// calling thread works too, and the helpers are started here and joined before it returns. Jobs
/// take indices in increasing order; a job already running when stop turns true finishes. Called
/// from inside a job, it runs on that thread alone: an outer loop already has the cores (a batch
/// of keys whose primes would otherwise be searched in parallel too). For CPU-bound work of tens
/// of milliseconds or more per job (key generation), where the cost of starting a thread does not
/// matter; jobs must not throw and must be safe to run concurrently.
inline void parallelFor(int count, const std::function<void(int)> &job, const ParallelOptions &options = {})
{
    std::atomic<int> next{0};
    auto drain = [&] {
        const bool outer = detail::t_inParallelJob;
        detail::t_inParallelJob = true;
        for (int i = next++; i < count; i = next++) {
            if (options.stop && options.stop->load())
                break;
            job(i);
        }
        detail::t_inParallelJob = outer;
    };
    const int wanted = detail::t_inParallelJob ? 1 : options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const int threads = std::clamp(wanted, 1, std::max(count, 1));
    std::vector<std::jthread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            if (options.background)
                lowerCurrentThreadPriority();
            drain();
        });
    }
    drain();
    // jthreads join here
}

} // namespace fc
