// Shared by the fuzz targets: an invariant check that stops the run where it breaks, and
// the 1 MB stack every target's work runs on. Under libFuzzer the abort() becomes a saved
// crash input; in the plain replay (replay_main.cpp, run by ctest) it fails the test.
//
//   extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
//     return fuzz::on_small_stack([&] { return test_one_input(data, size); });
//   }
#pragma once

#include <pthread.h>
#include <semaphore.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <type_traits>

#define FUZZ_CHECK(condition)                                                            \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)

namespace cofx::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The WASM build's stack (-sTOTAL_STACK=1MB in cmake/web_app.cmake): a recursion that fits
// in a native thread's 8 MB but not in this fails here too, as it would in the browser.
inline constexpr std::size_t kStackBytes = 1024 * 1024;

// One long-lived thread with a kStackBytes stack that runs what it is handed, so an input
// costs two semaphore hand-overs rather than a thread of its own (which cuts a fast
// target's executions per second tenfold). libFuzzer itself stays on the main thread,
// where its timeout alarm expects it.
class SmallStack {
 public:
  static SmallStack& instance() {
    static SmallStack stack;
    return stack;
  }

  int run(int (*call)(void*), void* argument) {
    if (inside()) return call(argument);  // already on the small stack
    call_ = call;
    argument_ = argument;
    sem_post(&start_);
    while (sem_wait(&done_) != 0) {}  // EINTR: a signal handler ran on this thread
    return result_;
  }

 private:
  SmallStack() {
    pthread_attr_t attributes;
    pthread_t thread;
    if (sem_init(&start_, 0, 0) != 0 || sem_init(&done_, 0, 0) != 0 ||
        pthread_attr_init(&attributes) != 0 || pthread_attr_setstacksize(&attributes, kStackBytes) != 0 ||
        pthread_create(&thread, &attributes, loop, this) != 0) {
      std::abort();
    }
    pthread_attr_destroy(&attributes);
    pthread_detach(thread);
  }

  static bool& inside() {
    static thread_local bool on_this_thread = false;
    return on_this_thread;
  }

  static void* loop(void* self) {
    auto& stack = *static_cast<SmallStack*>(self);
    inside() = true;
    for (;;) {
      while (sem_wait(&stack.start_) != 0) {}
      stack.result_ = stack.call_(stack.argument_);
      sem_post(&stack.done_);
    }
  }

  sem_t start_, done_;
  int (*call_)(void*) = nullptr;
  void* argument_ = nullptr;
  int result_ = 0;
};

// Runs `work` (a callable returning int) on the small stack and returns what it returns.
template <typename Work>
int on_small_stack(Work&& work) {
  using Callable = std::remove_reference_t<Work>;
  return SmallStack::instance().run([](void* w) { return (*static_cast<Callable*>(w))(); },
                                    const_cast<void*>(static_cast<const void*>(&work)));
}

}  // namespace cofx::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
