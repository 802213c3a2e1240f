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

  std::string Take() && {
    Flush();
    return std::move(out_);
  }
  // The text so far (the caller may clear it between pieces).
  std::string& out() {
    Flush();
    return out_;
  }

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
    if (level.has_elements) Put(',');
    level.has_elements = true;
    if (pretty_) NewLine(stack_.size());
  }
  void NewLine(size_t depth);
  // Keys and strings are mostly short and need no escaping: such a one is
  // staged with its quotes and (for a key) colon at once, without the
  // general escaper's per-string overhead. False, with nothing written,
  // for other text.
  bool StageShortPlain(std::string_view s, bool colon);

  // Small writes gather in stage_ and reach out_ in blocks: std::string's
  // append is an out-of-line call, too dear for a comma or a short key.
  static constexpr size_t kStage = 4096;
  // Room for n more staged bytes, n <= kStage.
  char* Reserve(size_t n) {
    if (staged_ + n > kStage) Flush();
    return stage_ + staged_;
  }
  void Put(char c) {
    *Reserve(1) = c;
    ++staged_;
  }
  void PutText(std::string_view text);
  void Flush() {
    out_.append(stage_, staged_);
    staged_ = 0;
  }

  bool pretty_;
  int base_depth_;
  bool after_key_ = false;
  std::vector<Level> stack_;
  std::string out_;
  size_t staged_ = 0;
  char stage_[kStage];
};

// Appends `s` as a JSON string literal (quoted and escaped) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace newsfuse::report

#endif  // NEWSFUSE_REPORT_JSON_WRITER_H_
