#include "parse/cue_markup.hpp"

#include "parse/html_entities.hpp"

namespace feltline::parse {
namespace {

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "<v.loud Joe>" -> "Joe"; the tag text is what lies between '<' and '>'.
std::string_view voice_name(std::string_view tag) {
  std::size_t i = 1;                                              // after 'v'
  while (i < tag.size() && tag[i] != ' ' && tag[i] != '\t') ++i;  // classes: .loud.first
  return trim(tag.substr(i));
}

bool is_voice_tag(std::string_view tag) {
  return !tag.empty() && tag[0] == 'v' &&
         (tag.size() == 1 || tag[1] == '.' || tag[1] == ' ' || tag[1] == '\t');
}

class SegmentBuilder {
 public:
  explicit SegmentBuilder(std::vector<CueSegment>& out) : out_(out) {}

  void start_voice(std::optional<std::string> voice, int line) {
    finish();
    current_ = CueSegment{};
    current_.voice = std::move(voice);
    current_.voice_tagged = true;
    current_.line = line;
    open_ = true;
  }

  void new_line(std::string_view line_text, int line) {
    if (!open_) {
      current_ = CueSegment{};
      current_.line = line;
      open_ = true;
      return;
    }
    // Subtitle lines wrap one sentence; "- " marks a new speaker's line.
    if (!current_.text.empty()) {
      bool dash = line_text.substr(0, 2) == "- " || line_text.substr(0, 4) == "\xE2\x80\x93 ";
      pending_separator_ = dash ? "\n" : " ";
    }
  }

  void text(std::string_view t) {
    if (t.empty()) return;
    if (!pending_separator_.empty()) {
      if (!current_.text.empty()) current_.text += pending_separator_;
      pending_separator_ = {};
    }
    current_.text.append(t);
  }

  void finish() {
    if (!open_) return;
    std::string& t = current_.text;
    decode_html_entities(t);
    std::string_view trimmed = trim(t);
    if (trimmed.size() != t.size()) t = std::string(trimmed);
    // Spaces left where tags were removed: collapse runs to one.
    std::string collapsed;
    collapsed.reserve(t.size());
    for (char c : t) {
      if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
      collapsed.push_back(c);
    }
    t.swap(collapsed);
    if (current_.voice) decode_html_entities(*current_.voice);
    if (!t.empty() || current_.voice_tagged) out_.push_back(std::move(current_));
    open_ = false;
    pending_separator_ = {};
  }

 private:
  std::vector<CueSegment>& out_;
  CueSegment current_;
  bool open_ = false;
  std::string_view pending_separator_;
};

}  // namespace

void read_cue_payload(const std::vector<Line>& payload, std::vector<CueSegment>& out,
                      DiagnosticList& diagnostics) {
  SegmentBuilder segments(out);
  for (const auto& line : payload) {
    std::string_view s = trim(line.text);
    segments.new_line(s, line.number);
    std::size_t i = 0;
    std::size_t text_start = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '{' && i + 1 < s.size() && s[i + 1] == '\\') {  // SRT/ASS position code: {\an8}
        std::size_t close = s.find('}', i);
        if (close != std::string_view::npos) {
          segments.text(s.substr(text_start, i - text_start));
          i = text_start = close + 1;
          continue;
        }
      }
      if (c != '<' || i + 1 >= s.size()) {
        ++i;
        continue;
      }
      const char next = s[i + 1];
      if (!(is_ascii_letter(next) || next == '/' || is_digit(next))) {
        ++i;  // "I <3 you" and "a < b" are text
        continue;
      }
      std::size_t close = s.find('>', i);
      std::string_view tag =
          close == std::string_view::npos ? s.substr(i + 1) : s.substr(i + 1, close - i - 1);
      if (close == std::string_view::npos) {
        if (is_voice_tag(tag)) {
          // "<v It's a blue apple tree!": the tag never closes; keep its words.
          diagnostics.add("vtt_markup", Severity::warning,
                          "voice tag '<v' is not closed with '>'; its words are kept as text", line.number);
          segments.text(s.substr(text_start, i - text_start));
          segments.start_voice(std::nullopt, line.number);
          text_start = i + 2;
          i = text_start;
          continue;
        }
        ++i;  // a '<' that opens nothing is text
        continue;
      }
      segments.text(s.substr(text_start, i - text_start));
      if (is_voice_tag(tag)) {
        std::string_view name = voice_name(tag);
        segments.start_voice(name.empty() ? std::nullopt : std::optional<std::string>(std::string(name)),
                             line.number);
      }
      i = text_start = close + 1;
    }
    segments.text(s.substr(text_start));
  }
  segments.finish();
}

}  // namespace feltline::parse
