#include "output/output_buffer.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace feltline::output {

void reserve_output(std::string& out, std::size_t more) {
  out.reserve(out.size() + more);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Only worth it (and only possible) for whole 2 MB pages inside the buffer.
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(out.data() + out.size());
  const auto end = reinterpret_cast<std::uintptr_t>(out.data() + out.capacity());
  const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t last = end & ~(kHuge - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // a hint: failure is fine
#endif
}

}  // namespace feltline::output
