#include "lexicon/custom_lexicon_cache.hpp"

#include <list>
#include <mutex>

#include "lexicon/custom_lexicon_loaders.hpp"
#include "lexicon/default_lexicon.hpp"
#include "lexicon/lexicon_builder.hpp"
#include "lexicon/lexicon_json_loader.hpp"

namespace feltline::lexicon {
namespace {

constexpr std::size_t kCacheSize = 4;

struct Cached {
  std::string name, format, content;
  std::shared_ptr<const CustomLexicon> lexicon;
};

std::shared_ptr<const CustomLexicon> compile(const std::string& name, const std::string& format,
                                             const std::string& content) {
  auto out = std::make_shared<CustomLexicon>();
  out->name = name;
  out->format = format;
  // LIWC matches whole words: no contraction splitting. Inflection applies only to
  // terms that ask for it ("replay:v", the JSON format); .dic and .dicx terms have none.
  LexiconBuilder builder(out->lexicon, nullptr, &default_lexicon().irregular);
  if (format == "dic")
    out->usable = load_liwc_dic(content, out->lexicon, builder, out->report);
  else if (format == "dicx")
    out->usable = load_dicx(content, out->lexicon, builder, out->report);
  else if (format == "json")
    out->usable = load_json_lexicon(content, true, out->lexicon, builder, out->report);
  else
    out->report.add(0, "unknown format \"" + format + "\" (use dic, dicx or json)");
  out->lexicon.finish();
  return out;
}

}  // namespace

std::shared_ptr<const CustomLexicon> compile_custom_lexicon(const std::string& name,
                                                            const std::string& format,
                                                            const std::string& content) {
  static std::mutex mutex;
  static std::list<Cached> cache;  // most recently used first
  {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = cache.begin(); it != cache.end(); ++it) {
      if (it->name == name && it->format == format && it->content == content) {
        cache.splice(cache.begin(), cache, it);
        return cache.front().lexicon;
      }
    }
  }
  auto compiled = compile(name, format, content);
  std::lock_guard<std::mutex> lock(mutex);
  cache.push_front({name, format, content, compiled});
  if (cache.size() > kCacheSize) cache.pop_back();
  return compiled;
}

}  // namespace feltline::lexicon
