#include "report/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace newsfuse::report {
namespace {

using nlohmann::json;

std::string Dump(const json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

// {"a": [], "b": {"k": [1, true, null, "s"]}, "c": {}, "d": "<text>"}
std::string Write(std::string_view text, bool pretty) {
  JsonWriter w(pretty);
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  w.EndArray();
  w.Key("b");
  w.BeginObject();
  w.Key("k");
  w.BeginArray();
  w.Uint(1);
  w.Bool(true);
  w.Null();
  w.String("s");
  w.EndArray();
  w.EndObject();
  w.Key("c");
  w.BeginObject();
  w.EndObject();
  w.Field("d", text);
  w.EndObject();
  return std::move(w).Take();
}

json Tree(std::string_view text) {
  return {{"a", json::array()},
          {"b", {{"k", json::array({1, true, nullptr, "s"})}}},
          {"c", json::object()},
          {"d", std::string(text)}};
}

TEST(JsonWriterTest, MatchesNlohmannDumpCompactAndPretty) {
  for (bool pretty : {false, true}) {
    EXPECT_EQ(Write("plain", pretty), Dump(Tree("plain"), pretty));
  }
}

TEST(JsonWriterTest, EscapesLikeNlohmann) {
  const std::string texts[] = {
      "quote \" backslash \\ slash /",
      std::string("controls \b\t\n\f\r \x01\x1f\x7f end"),
      std::string("nul \0 inside", 12),
      "utf-8 \xE2\x80\x9C\xF0\x9F\x98\x80\xC3\xA9",
      "invalid \xFF byte",
      "truncated \xE2\x80",
      "overlong \xC0\xAF and surrogate \xED\xA0\x80",
      "too high \xF4\x90\x80\x80 \xF5",
      "lone continuation \x80\x80 end",
      "",
  };
  for (const std::string& t : texts) {
    for (bool pretty : {false, true}) {
      EXPECT_EQ(Write(t, pretty), Dump(Tree(t), pretty)) << t;
    }
  }
}

// The writer looks at sixteen bytes at a time, the last ones (or a short
// string) padded or overlapped: put each kind of byte that needs a look at
// every offset of short strings and of two blocks and a tail.
TEST(JsonWriterTest, EscapesLikeNlohmannAtEveryOffset) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f",
                                  "\xC3\xA9", "\xF0\x9F\x98\x80", "\xFF",
                                  "\xE2\x80", "\xC0\xAF"};
  for (const std::string& special : specials) {
    for (size_t length : {1, 7, 15, 16, 17, 40}) {
      for (size_t at = 0; at < length; ++at) {
        std::string t = std::string(at, 'a') + special +
                        std::string(length - 1 - at, 'b');
        EXPECT_EQ(Write(t, false), Dump(Tree(t), false)) << length << " " << at;
      }
    }
  }
}

// Keys take a shortcut when short and plain: check it against the general
// escaper with keys that are long, escaped, non-ASCII or invalid UTF-8.
TEST(JsonWriterTest, KeysMatchNlohmann) {
  const std::string keys[] = {
      "",          "id",         std::string(32, 'k'), std::string(33, 'k'),
      "a\"b",      "back\\",    "tab\t",               "\x7f del",
      "caf\xC3\xA9", "bad \xFF",  std::string(40, 'k') + "\n",
  };
  for (const std::string& key : keys) {
    for (bool pretty : {false, true}) {
      JsonWriter w(pretty);
      w.BeginObject();
      w.Key(key);
      w.Uint(1);
      w.EndObject();
      EXPECT_EQ(std::move(w).Take(), Dump(json{{key, 1}}, pretty)) << key;
    }
  }
}

// Short plain strings take the same shortcut as keys: check values of every
// kind of length around its limit, in arrays and after keys.
TEST(JsonWriterTest, ShortStringsMatchNlohmann) {
  const std::string texts[] = {"",     "s",  std::string(32, 's'),
                               std::string(33, 's'), "a\"b", "caf\xC3\xA9",
                               "bad \xFF", std::string(31, 's') + "\n"};
  for (const std::string& t : texts) {
    for (bool pretty : {false, true}) {
      JsonWriter w(pretty);
      w.BeginObject();
      w.Key("k");
      w.BeginArray();
      w.String(t);
      w.String(t);
      w.EndArray();
      w.Field("v", t);
      w.EndObject();
      EXPECT_EQ(std::move(w).Take(),
                Dump(json{{"k", json::array({t, t})}, {"v", t}}, pretty))
          << t;
    }
  }
}

// Small writes are staged in blocks of a few kB: a long document of mixed
// values crosses many block ends.
TEST(JsonWriterTest, LongDocumentMatchesNlohmann) {
  for (bool pretty : {false, true}) {
    JsonWriter w(pretty);
    json tree = json::array();
    w.BeginArray();
    for (int i = 0; i < 3000; ++i) {
      std::string text(static_cast<size_t>(i % 47), 'a' + i % 26);
      if (i % 7 == 0) text += "\"q\"";
      w.BeginObject();
      w.Key("i");
      w.Int(-i);
      w.Key(i % 5 == 0 ? std::string(40, 'k') : "k");
      w.String(text);
      w.EndObject();
      tree.push_back({{"i", -i}, {i % 5 == 0 ? std::string(40, 'k') : "k",
                                  text}});
    }
    w.EndArray();
    EXPECT_EQ(std::move(w).Take(), Dump(tree, pretty));
  }
}

TEST(JsonWriterTest, NumbersMatchNlohmann) {
  JsonWriter w(false);
  w.BeginArray();
  w.Uint(0);
  w.Uint(UINT64_MAX);
  w.Int(-1);
  w.Int(INT64_MIN);
  w.Int(INT64_MAX);
  w.EndArray();
  EXPECT_EQ(std::move(w).Take(),
            Dump(json::array({0u, UINT64_MAX, -1, INT64_MIN, INT64_MAX}),
                 false));
}

TEST(JsonWriterTest, DepthIndentsAPartOfALargerDocument) {
  JsonWriter w(true, 2);
  w.BeginArray();
  w.Uint(7);
  w.EndArray();
  EXPECT_EQ(std::move(w).Take(), "[\n      7\n    ]");
}

}  // namespace
}  // namespace newsfuse::report
