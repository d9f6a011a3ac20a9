// The text that mentions' label fields view when it is not in a lexicon or a
// string literal: cues ("negation:not"), intensity words as written, custom
// dictionary sources, rating categories and sources. One pool per Transcript,
// shared by its copies (Transcript::text_pool); it also keeps alive the custom
// lexicons whose names and sources the transcript's mentions view.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace feltline {

class TextPool {
 public:
  /// A view of a copy of `text` that lives as long as the pool; equal texts share one copy.
  std::string_view intern(std::string text) { return *strings_.insert(std::move(text)).first; }
  /// Keeps `owner` alive as long as the pool (a custom lexicon that mentions view).
  void keep(std::shared_ptr<const void> owner) {
    for (const auto& k : kept_)
      if (k == owner) return;
    kept_.push_back(std::move(owner));
  }

 private:
  std::unordered_set<std::string> strings_;  // node-based: a string never moves once inserted
  std::vector<std::shared_ptr<const void>> kept_;
};

}  // namespace feltline
