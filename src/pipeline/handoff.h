// Handoff: a bounded first-in first-out queue from one producer thread to
// one consumer thread.
//
//   Handoff<Item> q(64);
//   producer: while (...) if (!q.Push(std::move(item))) break;  q.Close();
//   consumer: while (std::optional<Item> item = q.Pop()) Use(*item);
//
// Push blocks while `capacity` items wait; Pop blocks until an item comes or
// the queue is closed and drained. Instead of blocking, either side may do
// other work (an `idle` function). Cancel() makes every later Push fail, so
// a producer stops early when the consumer gives up. Thread safety: one
// producer and one consumer may use it concurrently.
#ifndef NEWSFUSE_PIPELINE_HANDOFF_H_
#define NEWSFUSE_PIPELINE_HANDOFF_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace newsfuse::pipeline {

template <typename T>
class Handoff {
 public:
  explicit Handoff(size_t capacity) : capacity_(capacity) {}

  // False when the queue was cancelled; the item is then dropped. While
  // the queue is full, calls `idle` (if any; without the lock) instead of
  // waiting, until it returns false.
  bool Push(T item, const std::function<bool()>& idle = nullptr) {
    std::unique_lock<std::mutex> lock(mu_);
    auto ready = [&] { return cancelled_ || items_.size() < capacity_; };
    IdleUntil(lock, ready, idle);
    not_full_.wait(lock, ready);
    if (cancelled_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Waits until the consumer has taken every item (or cancelled), calling
  // `idle` (without the lock) while it returns true, and again after each
  // item taken.
  void Drain(const std::function<bool()>& idle) {
    std::unique_lock<std::mutex> lock(mu_);
    while (!cancelled_ && !items_.empty()) {
      lock.unlock();
      bool busy = idle && idle();
      lock.lock();
      if (!busy && !cancelled_ && !items_.empty()) not_full_.wait(lock);
    }
  }

  // Nothing once the queue is closed (or cancelled) and empty. While the
  // queue is empty, calls `idle` (if any; without the lock) instead of
  // waiting, until it returns false.
  std::optional<T> Pop(const std::function<bool()>& idle = nullptr) {
    std::unique_lock<std::mutex> lock(mu_);
    auto ready = [&] { return closed_ || !items_.empty(); };
    IdleUntil(lock, ready, idle);
    not_empty_.wait(lock, ready);
    if (items_.empty()) return std::nullopt;
    std::optional<T> item(std::move(items_.front()));
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  // No more items will come.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

  // The consumer stops: drops what waits and fails every later Push.
  void Cancel() {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled_ = closed_ = true;
    items_.clear();
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  // Calls `idle` (if any) without the lock until `ready` holds or `idle`
  // returns false (it has nothing to do).
  template <typename Ready>
  static void IdleUntil(std::unique_lock<std::mutex>& lock, Ready ready,
                        const std::function<bool()>& idle) {
    while (idle && !ready()) {
      lock.unlock();
      bool busy = idle();
      lock.lock();
      if (!busy) break;
    }
  }

  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
  bool cancelled_ = false;
};

}  // namespace newsfuse::pipeline

#endif  // NEWSFUSE_PIPELINE_HANDOFF_H_
