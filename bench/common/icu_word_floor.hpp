// The floor Feltline's design pays for: ICU's word break iterator, with the
// same compiled rules as the core, run over the text and doing nothing else
// (next() and getRuleStatus() per segment, counting the words). Natively and
// in WebAssembly the analysis is compared with this.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace feltline::bench {

class IcuWordFloor {
 public:
  IcuWordFloor();
  ~IcuWordFloor();
  /// Segments `utf8` with ICU alone; returns the segments with a word or number status.
  std::size_t count_words(std::string_view utf8);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace feltline::bench
