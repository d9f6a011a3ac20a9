// Asks Linux to back the CLI's heap with transparent huge pages (2 MB).
#pragma once

#include <cstddef>

namespace feltline::cli {

/// Call once before analysing an input of `input_bytes`. On glibc/Linux the
/// heap is grown up front (address space only: nothing is touched) by about
/// what the analysis will use (10-11x the input, measured), marked
/// MADV_HUGEPAGE and kept, so the turns, mentions and statistics fault in
/// 2 MB at a time instead of 4 KB. Elsewhere it does nothing. A hint only:
/// if the kernel or the allocator declines, everything works as before.
void back_heap_with_huge_pages(std::size_t input_bytes);

}  // namespace feltline::cli
