#include "lexicon/json_document.hpp"

#include <string>
#include <utility>
#include <vector>

namespace feltline::lexicon {
namespace {

using json = nlohmann::ordered_json;

// nlohmann's SAX interface. A level of nesting is a frame; frames are reused,
// so their vectors keep their capacity from one container to the next.
class DocumentBuilder {
 public:
  DocumentBuilder(json& root, JsonError* error) : root_(root), error_(error) {}

  bool null() { return value(json()); }
  bool boolean(bool b) { return value(json(b)); }
  bool number_integer(json::number_integer_t n) { return value(json(n)); }
  bool number_unsigned(json::number_unsigned_t n) { return value(json(n)); }
  bool number_float(json::number_float_t n, const std::string&) { return value(json(n)); }
  bool string(std::string& s) { return value(json(std::move(s))); }
  bool binary(json::binary_t& b) { return value(json::binary(std::move(b))); }

  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }
  bool key(std::string& k) {
    frames_[depth_ - 1].key = std::move(k);
    return true;
  }

  bool end_object() {
    Frame& f = frames_[--depth_];
    json object(json::value_t::object);
    auto& members = object.get_ref<json::object_t&>();
    members.reserve(f.members.size());
    // operator[] as nlohmann's parser does: a repeated key keeps its first place and its last value.
    for (auto& [k, v] : f.members) members[k] = std::move(v);
    f.members.clear();
    return value(std::move(object));
  }

  bool end_array() {
    Frame& f = frames_[--depth_];
    json array(json::value_t::array);
    auto& items = array.get_ref<json::array_t&>();
    items.reserve(f.items.size());
    for (auto& v : f.items) items.push_back(std::move(v));
    f.items.clear();
    return value(std::move(array));
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    if (error_) {
      error_->position = position;
      error_->message = ex.what();
    }
    return false;
  }

 private:
  struct Frame {
    bool object = false;
    std::string key;
    std::vector<std::pair<std::string, json>> members;
    std::vector<json> items;
  };

  bool open(bool object) {
    if (depth_ == frames_.size()) frames_.emplace_back();
    frames_[depth_++].object = object;
    return true;
  }

  bool value(json&& v) {
    if (depth_ == 0) {
      root_ = std::move(v);
      return true;
    }
    Frame& f = frames_[depth_ - 1];
    if (f.object)
      f.members.emplace_back(std::move(f.key), std::move(v));
    else
      f.items.push_back(std::move(v));
    return true;
  }

  json& root_;
  JsonError* error_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
};

}  // namespace

bool parse_json_document(std::string_view text, json& out, JsonError* error) {
  json root;
  DocumentBuilder builder(root, error);
  if (!json::sax_parse(text.begin(), text.end(), &builder)) {
    out = json();
    return false;
  }
  out = std::move(root);
  return true;
}

}  // namespace feltline::lexicon
