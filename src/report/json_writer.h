// JsonWriter: streams JSON text into a string, with no document tree.
//
//   JsonWriter w(/*pretty=*/false);
//   w.BeginObject();
//   w.Key("id");
//   w.String("s1");
//   w.EndObject();
//   std::string text = std::move(w).Take();  // {"id":"s1"}
//
// The output is byte-identical to nlohmann::json::dump(pretty ? 2 : -1, ' ',
// false, error_handler_t::replace) of the same document, provided the
// caller writes each object's keys in sorted order (nlohmann keeps objects in
// a std::map). Strings that are not valid UTF-8 get nlohmann's replacement
// of invalid bytes by U+FFFD. Thread safety: a writer is a plain value.
// Errors: none; unbalanced Begin/End calls are the caller's bug.
#ifndef NEWSFUSE_REPORT_JSON_WRITER_H_
#define NEWSFUSE_REPORT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsfuse::report {

class JsonWriter {
 public:
  // `depth` is the nesting the output starts at, for writing one part of a
  // larger pretty document (its first line is not indented).
  explicit JsonWriter(bool pretty, int depth = 0) : pretty_(pretty),
                                                    base_depth_(depth) {}

  void BeginObject() { Begin('{'); }
  void EndObject() { End('}'); }
  void BeginArray() { Begin('['); }
  void EndArray() { End(']'); }
  void Key(std::string_view key);
  void String(std::string_view s);
  void Uint(uint64_t v);
  void Int(int64_t v);
  void Bool(bool v);
  void Null();
  // Text that is already JSON (a value written by another writer).
  void Raw(std::string_view json);

  // Convenience: a key and its value.
  void Field(std::string_view key, std::string_view s) { Key(key), String(s); }

  std::string Take() && { return std::move(out_); }
  std::string& out() { return out_; }

 private:
  struct Level {
    bool has_elements = false;
  };
  void Begin(char open);
  void End(char close);
  // Called ~500k times per brief: the common case, a value right after its
  // key, stays inline.
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
    } else if (!stack_.empty()) {
      Separate();
    }
  }
  // The comma (and in pretty mode the line break) before an array element
  // or a key.
  void Separate() {
    Level& level = stack_.back();
    if (level.has_elements) out_.push_back(',');
    level.has_elements = true;
    if (pretty_) NewLine(stack_.size());
  }
  void NewLine(size_t depth);
  // BeforeValue's bookkeeping for compact output, whose only separator is
  // the comma: whether the value needs one.
  bool TakeComma();
  // Keys and strings are mostly short and need no escaping: in compact
  // output such a one goes out with its comma, quotes and (for a key) colon
  // in one append, without the general escaper's per-string overhead.
  // False, with nothing written, for other text or in pretty mode.
  bool AppendShortPlain(std::string_view s, bool colon);

  bool pretty_;
  int base_depth_;
  bool after_key_ = false;
  std::vector<Level> stack_;
  std::string out_;
};

// Appends `s` as a JSON string literal (quoted and escaped) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace newsfuse::report

#endif  // NEWSFUSE_REPORT_JSON_WRITER_H_
