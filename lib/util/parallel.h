#pragma once
/// The one way work is spread over threads: each index handed out once, from
/// a shared counter, to up to `jobs` threads (the caller's among them).
/// Callers store results by index (or in per-thread accumulators merged in
/// thread order, for sums that do not depend on order), so the output never
/// depends on `--jobs`.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace reltheme {

/// How many threads `parallel_for(count, jobs, ...)` uses: `jobs`, at most one
/// per index, at least one.
inline int worker_count(std::uint64_t count, int jobs) {
    return static_cast<int>(std::max<std::uint64_t>(
        1, std::min<std::uint64_t>(static_cast<std::uint64_t>(std::max(1, jobs)), count)));
}

/// Calls `work(worker, index)` once for every index in [0, count), with
/// `worker` in [0, worker_count(count, jobs)) naming the calling thread.
/// Returns when every call has returned.
template <class Work>
void parallel_for(std::uint64_t count, int jobs, Work&& work) {
    std::atomic<std::uint64_t> next{0};
    auto worker = [&](int thread) {
        for (std::uint64_t i = next++; i < count; i = next++) work(thread, i);
    };
    const int threads = worker_count(count, jobs);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& t : pool) t.join();
}

}  // namespace reltheme
