// ParallelFor: runs f(0) ... f(n - 1) on up to `threads` threads, the
// calling one included.
//
//   std::vector<R> out(n);
//   ParallelFor(n, 2, [&](size_t i) { out[i] = Work(i); });
//
// Items are handed out in index order, one at a time, so put the longest
// first. Each f(i) must touch only its own outputs. The first exception
// thrown by f is rethrown on the calling thread once every thread has
// stopped (items not yet started are skipped).
#ifndef NEWSFUSE_PIPELINE_PARALLEL_H_
#define NEWSFUSE_PIPELINE_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace newsfuse::pipeline {

template <typename F>
void ParallelFor(size_t n, int threads, F f) {
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::exception_ptr error;
  auto work = [&] {
    try {
      for (size_t i; (i = next.fetch_add(1)) < n;) f(i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(mu);
      if (!error) error = std::current_exception();
      next.store(n);
    }
  };
  size_t total = threads > 1 ? std::min<size_t>(size_t(threads), n) : 1;
  std::vector<std::thread> pool;
  try {
    for (size_t t = 1; t < total; ++t) pool.emplace_back(work);
  } catch (const std::system_error&) {
    // No more threads to be had: the ones running share the work.
  }
  work();
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace newsfuse::pipeline

#endif  // NEWSFUSE_PIPELINE_PARALLEL_H_
