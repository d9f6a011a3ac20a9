#include "huge_page_heap.hpp"

#include <algorithm>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#endif

namespace feltline::cli {

// Why: on the 10 MB benchmark dialogue the CLI took about 33,000 page faults,
// 10-20 % of its time on this (virtualised) machine; glibc's own switch for
// this (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, read only at process start)
// brought them to about 4,000 and the wall time down by a fifth. glibc has no
// call for it, and a heap grown later by brk is a new mapping without the
// flag, hence one growth up front, marked once.
void back_heap_with_huge_pages(std::size_t input_bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  constexpr std::size_t kHuge = 2 * kMiB;
  if (input_bytes < kMiB) return;  // small inputs: a few MB of heap, not worth 2 MB pages
  const std::size_t room = std::min<std::size_t>(12 * input_bytes, std::size_t{4096} * kMiB);
  mallopt(M_MMAP_THRESHOLD, 512 * static_cast<int>(kMiB));  // big blocks from the heap too (mmap'd ones get 4 KB pages)
  mallopt(M_TRIM_THRESHOLD, 1024 * static_cast<int>(kMiB));  // a short-lived process: keep what the heap has grown
  void* block = std::malloc(room);
  if (!block) return;
  const auto begin = reinterpret_cast<std::uintptr_t>(block);
  const auto brk_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // Only when the block came from the brk heap (under a sanitizer, or when
  // brk cannot grow, it did not): mark whole 2 MB pages from it to the break.
  if (brk_end > begin && brk_end - begin <= room + kHuge) {
    const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t last = brk_end & ~(kHuge - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // failure is fine
  }
  std::free(block);  // stays in the heap as free space (trim threshold above)
#else
  (void)input_bytes;
#endif
}

}  // namespace feltline::cli
