#include "icu_word_floor.hpp"

#include <unicode/rbbi.h>
#include <unicode/utext.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "data/embedded_data.hpp"

namespace feltline::bench {

struct IcuWordFloor::Impl {
  std::unique_ptr<icu::RuleBasedBreakIterator> breaker;
  UText* utext = nullptr;
};

IcuWordFloor::IcuWordFloor() : impl_(std::make_unique<Impl>()) {
  // The core's rules as genbrk compiled them (see core/CMakeLists.txt); the
  // binary rules follow the ICU data header, whose size is its first uint16.
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(data::kWordBreakRules.data());
  std::uint16_t header_size;
  std::memcpy(&header_size, bytes, sizeof header_size);
  UErrorCode status = U_ZERO_ERROR;
  impl_->breaker = std::make_unique<icu::RuleBasedBreakIterator>(
      bytes + header_size, static_cast<std::uint32_t>(data::kWordBreakRules.size() - header_size), status);
  if (U_FAILURE(status)) std::abort();
}

IcuWordFloor::~IcuWordFloor() {
  if (impl_->utext) utext_close(impl_->utext);
}

std::size_t IcuWordFloor::count_words(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->utext = utext_openUTF8(impl_->utext, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
  icu::RuleBasedBreakIterator& bi = *impl_->breaker;
  bi.setText(impl_->utext, status);
  if (U_FAILURE(status)) return 0;
  std::size_t words = 0;
  bi.first();
  while (bi.next() != icu::BreakIterator::DONE)
    if (bi.getRuleStatus() >= UBRK_WORD_NUMBER) ++words;
  return words;
}

}  // namespace feltline::bench
