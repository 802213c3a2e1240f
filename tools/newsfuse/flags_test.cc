#include "flags.h"

#include <gtest/gtest.h>

namespace newsfuse::cli {
namespace {

CommandDef Def() {
  return {"analyze",
          "newsfuse analyze PATH...",
          "Analyze.",
          "",
          {{"outlet", "NAME", "Outlet."}, {"tokens", "", "Tokens."}}};
}

TEST(FlagsTest, ParsesValuesSwitchesAndPositionals) {
  Result<ParsedArgs> a = ParseArgs(
      Def(), {"x.txt", "--outlet", "AP", "--tokens", "-", "--outlet=Reuters"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->Get("outlet"), "Reuters");
  EXPECT_TRUE(a->Has("tokens"));
  EXPECT_EQ(a->positional, (std::vector<std::string>{"x.txt", "-"}));
}

TEST(FlagsTest, DoubleDashEndsFlags) {
  Result<ParsedArgs> a = ParseArgs(Def(), {"--", "--tokens"});
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->Has("tokens"));
  EXPECT_EQ(a->positional, (std::vector<std::string>{"--tokens"}));
}

TEST(FlagsTest, RejectsUnknownFlagsAndMissingValues) {
  Result<ParsedArgs> a = ParseArgs(Def(), {"--nope"});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("unknown flag --nope"),
            std::string::npos);
  EXPECT_FALSE(ParseArgs(Def(), {"--outlet"}).ok());
  EXPECT_FALSE(ParseArgs(Def(), {"--tokens=yes"}).ok());
}

TEST(FlagsTest, HelpListsEveryFlag) {
  std::string help = HelpText(Def());
  EXPECT_NE(help.find("--outlet NAME"), std::string::npos);
  EXPECT_NE(help.find("--tokens"), std::string::npos);
  EXPECT_NE(help.find("Usage: newsfuse analyze PATH..."), std::string::npos);
}

}  // namespace
}  // namespace newsfuse::cli
