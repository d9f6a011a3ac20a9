#include "analyse/statistics.hpp"

#include <unordered_map>

namespace feltline::analyse {

void compute_statistics(Transcript& transcript, AnalysisContext& context) {
  std::unordered_map<std::string, Speaker*> by_name;
  for (auto& s : transcript.speakers) by_name[s.name] = &s;
  for (auto& turn : transcript.turns) {
    context.tokenizer.tokenize(turn.text, context.tokens);
    std::uint32_t words = 0;
    for (const auto& t : context.tokens)
      if (t.type != text::TokenType::punctuation) ++words;
    turn.stats.words = words;
    if (turn.speaker) {
      Speaker& s = *by_name[*turn.speaker];
      ++s.stats.turns;
      s.stats.words += words;
    }
  }
  transcript.session.turns = static_cast<std::uint32_t>(transcript.turns.size());
}

}  // namespace feltline::analyse
