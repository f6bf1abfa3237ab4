// parallel_for: every index once, results by index whatever the number of jobs.
#include "util/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <vector>

using namespace reltheme;

namespace {
std::vector<int> squares(int jobs, std::vector<int>* calls_per_index) {
    std::vector<int> out(1000, -1);
    std::vector<std::atomic<int>> calls(out.size());
    std::atomic<bool> worker_in_range{true};
    const int workers = worker_count(out.size(), jobs);
    parallel_for(out.size(), jobs, [&](int worker, std::uint64_t i) {
        if (worker < 0 || worker >= workers) worker_in_range = false;
        ++calls[i];
        out[i] = static_cast<int>(i * i);
    });
    CHECK(worker_in_range);
    for (const auto& c : calls) calls_per_index->push_back(c);
    return out;
}
}  // namespace

TEST_CASE("worker_count: jobs, at most one per index, at least one") {
    CHECK(worker_count(10, 4) == 4);
    CHECK(worker_count(3, 8) == 3);
    CHECK(worker_count(0, 8) == 1);
    CHECK(worker_count(10, 0) == 1);
}

TEST_CASE("parallel_for calls every index once and the results do not depend on jobs") {
    std::vector<int> calls_one;
    std::vector<int> calls_four;
    const std::vector<int> one = squares(1, &calls_one);
    const std::vector<int> four = squares(4, &calls_four);
    CHECK(one == four);
    CHECK(one[999] == 999 * 999);
    CHECK(calls_one == std::vector<int>(1000, 1));
    CHECK(calls_four == std::vector<int>(1000, 1));
}

TEST_CASE("parallel_for over nothing calls nothing") {
    int calls = 0;
    parallel_for(0, 4, [&](int, std::uint64_t) { ++calls; });
    CHECK(calls == 0);
}
