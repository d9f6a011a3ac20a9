#include "analyse/statistics/trigram_table.hpp"

namespace feltline::analyse {
namespace {

inline void prefetch_for_write(const void* p) {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p, 1);
#else
  (void)p;
#endif
}

}  // namespace

void TrigramTable::add_turn(const std::uint32_t* words, std::size_t count, std::uint32_t sentence_end,
                            std::uint32_t turn, std::uint32_t& trigrams, std::uint32_t& repeated) {
  // Room for every trigram of the turn first: the loop then keeps the table's
  // data, mask and shift in registers (a store into a slot could alias them).
  while (count_ + count > limit_) grow();
  Slot* const slots = slots_.data();
  const std::size_t mask = mask_;
  const unsigned shift = shift_;
  std::size_t added = 0;
  std::uint32_t found = 0, again = 0;
  std::size_t run = 0;  // words of the current sentence so far
  // The table is megabytes (a slot per trigram of the session, at most half
  // full): a probe's first slot is mostly outside the core's caches. Each
  // position's home is hashed kAhead words early and its slot prefetched, so
  // the loads overlap instead of waiting one after the other (the homes of
  // positions across a sentence end are hashed and fetched but not used).
  constexpr std::size_t kAhead = 8;
  std::size_t homes[kAhead] = {};
  const auto fetch = [&](std::size_t k) {
    const std::size_t h = home(words[k - 2], words[k - 1], words[k], shift);
    homes[k % kAhead] = h;
    prefetch_for_write(slots + h);
  };
  for (std::size_t k = 2; k < count && k < 2 + kAhead; ++k) fetch(k);
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t first = homes[k % kAhead];  // set when k >= 2
    if (k >= 2 && k + kAhead < count) fetch(k + kAhead);
    if (words[k] == sentence_end) {
      run = 0;
      continue;
    }
    if (++run < 3) continue;
    ++found;
    const std::uint32_t a = words[k - 2], b = words[k - 1], c = words[k];
    for (std::size_t i = first;; i = (i + 1) & mask) {
      Slot& s = slots[i];
      if (s.turn == 0) {
        s = Slot{a, b, c, turn};
        ++added;
        break;
      }
      if (s.a == a && s.b == b && s.c == c) {
        // A trigram first used in this very turn is not a repeat of an earlier one.
        if (s.turn != turn) ++again;
        break;
      }
    }
  }
  count_ += added;
  trigrams = found;
  repeated = again;
}

void TrigramTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  const std::size_t size = old.empty() ? 256 : 2 * old.size();
  slots_.assign(size, Slot{});
  limit_ = size / 2;
  mask_ = size - 1;
  shift_ = 64;
  for (std::size_t n = size; n > 1; n >>= 1) --shift_;
  for (const Slot& s : old) {
    if (s.turn == 0) continue;
    std::size_t i = home(s.a, s.b, s.c, shift_);
    while (slots_[i].turn != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace feltline::analyse
