// The brief as Markdown, for the terminal.
#include <algorithm>
#include <sstream>

#include "newsfuse/report.h"
#include "report/brief_text.h"

namespace newsfuse {
namespace {

using report_internal::CitationNumber;
using report_internal::OutletName;

// "[1][3]" for a list of article ids.
std::string Cites(const StoryBrief& b, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    out.push_back('[');
    out += std::to_string(CitationNumber(b, id));
    out.push_back(']');
  }
  return out;
}

// Table cells may not hold '|' or newlines.
std::string Cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}

void Summary(const StoryBrief& b, std::ostream& out) {
  out << "### Summary\n\n";
  if (b.summary.empty()) out << "(no sentence to summarize)\n";
  for (const SummarySentence& s : b.summary) {
    out << s.text << " " << Cites(b, s.sources);
    if (s.single_source) out << " *(single source)*";
    out << "\n";
  }
  out << "\n";
}

void Facts(const StoryBrief& b, std::ostream& out) {
  out << "### Facts\n\n";
  for (const Fact& f : b.facts) {
    out << "- **" << f.id << "** " << f.text << " " << Cites(b, f.sources);
    out << " — " << f.independent_sources
        << (f.independent_sources == 1 ? " origin" : " origins");
    if (f.single_source) out << ", single source";
    if (f.attributed && !f.speaker.empty())
      out << ", attributed to " << f.speaker;
    out << "\n";
  }
  out << "\n";
}

// Entities: canonical name, type, roles and how each outlet writes it.
void Entities(const StoryBrief& b, std::ostream& out) {
  out << "### Who and what\n\n| entity | type | roles | written as |\n"
         "|---|---|---|---|\n";
  for (const Entity& e : b.entities) {
    out << "| " << Cell(e.name) << " | " << EntityTypeName(e.type) << " | ";
    for (size_t i = 0; i < e.roles.size(); ++i) {
      out << (i ? "; " : "") << Cell(e.roles[i]);
    }
    out << " | ";
    for (size_t i = 0; i < e.aliases.size(); ++i) {
      const EntityAlias& a = e.aliases[i];
      out << (i ? ", " : "")
          << Cell(a.description ? "“" + a.text + "”" : a.text) << " "
          << Cites(b, a.sources);
    }
    out << " |\n";
  }
  out << "\n";
}

// Quotes with their printings that differ from the quote's text.
void Quotes(const StoryBrief& b, std::ostream& out) {
  out << "### Who said what\n\n";
  if (b.quotes.empty()) out << "(no quotation)\n";
  for (const StoryQuote& q : b.quotes) {
    out << "- **" << (q.speaker_name.empty() ? "unattributed" : q.speaker_name)
        << "**" << (q.cue.empty() ? "" : " (" + q.cue + ")") << ": “" << q.text
        << "” " << Cites(b, q.sources) << "\n";
    for (const QuoteVariant& v : q.variants) {
      if (v.kind == VariantKind::kIdentical) continue;
      out << "  - " << VariantKindName(v.kind) << " " << Cites(b, v.sources)
          << ": “" << v.text << "”" << (v.diff.empty() ? "" : " — " + v.diff)
          << "\n";
    }
  }
  out << "\n";
}

// "Friday (day -3)", "2025-05-19 (Monday, day 0) 14:00 UTC".
std::string When(const TimelineWhen& w) {
  std::string out = w.date.empty() ? w.weekday : w.date;
  std::string detail;
  if (!w.date.empty() && !w.weekday.empty()) detail = w.weekday + ", ";
  if (w.day_offset) detail += "day " + std::to_string(*w.day_offset);
  if (!detail.empty()) out += " (" + detail + ")";
  if (!w.time.empty()) out += " " + w.time + (w.tz == "+00:00" ? " UTC" : "");
  return out;
}

void Timeline(const StoryBrief& b, std::ostream& out) {
  out << "### Timeline\n\n";
  if (b.timeline.empty()) out << "(no fact with a time the story can place)\n";
  for (const TimelineEntry& e : b.timeline) {
    out << "- **" << When(e.when) << "** — " << e.text << " "
        << Cites(b, e.sources) << " *(" << e.said_as << ")*\n";
  }
  out << "\n";
}

void Discrepancies(const StoryBrief& b, std::ostream& out) {
  out << "### Where outlets differ\n\n";
  if (b.discrepancies.empty()) out << "(no disagreement found)\n";
  for (const Discrepancy& d : b.discrepancies) {
    out << "- **" << d.kind << "**: " << d.about;
    if (!d.note.empty()) out << " — " << d.note;
    out << "\n";
    for (const DiscrepancyVariant& v : d.variants) {
      out << "  - " << Cites(b, v.sources) << " “" << v.text << "”";
      if (v.value != v.text) out << " → " << v.value;
      out << "\n";
    }
  }
  out << "\n";
}

void Matrix(const StoryBrief& b, std::ostream& out) {
  out << "### Coverage (fact × outlet)\n\n| fact |";
  for (size_t i = 0; i < b.articles.size(); ++i) out << " [" << i + 1 << "] |";
  out << "\n|---|";
  for (size_t i = 0; i < b.articles.size(); ++i) out << ":-:|";
  out << "\n";
  for (const Fact& f : b.facts) {
    out << "| " << f.id << " |";
    for (const Article* a : b.articles) {
      const std::vector<std::string>& c = b.coverage.at(a->id);
      bool has = std::find(c.begin(), c.end(), f.id) != c.end();
      out << (has ? " ✓ |" : " · |");
    }
    out << "\n";
  }
  out << "\n";
}

void ArticlesAndDropped(const StoryBrief& b, std::ostream& out) {
  out << "### Articles\n\n";
  for (size_t i = 0; i < b.articles.size(); ++i) {
    const Article& a = *b.articles[i];
    out << "[" << i + 1 << "] **" << Cell(OutletName(a)) << "**";
    if (!a.title.empty()) out << " — " << a.title;
    if (a.published) out << " — " << a.published->ToIso8601();
    out << " — `" << a.path << "` (origin " << b.origins[i] << ")\n";
  }
  out << "\n### Dropped lines\n\n";
  for (size_t i = 0; i < b.articles.size(); ++i) {
    for (const DroppedLine& d : b.articles[i]->dropped) {
      out << "- [" << i + 1 << "] " << DropReasonName(d.reason) << ": "
          << d.text << "\n";
    }
  }
  out << "\n";
}

}  // namespace

std::string BriefToMarkdown(const std::vector<StoryBrief>& briefs) {
  std::ostringstream out;
  out << "# newsfuse brief: " << briefs.size()
      << (briefs.size() == 1 ? " story" : " stories") << "\n\n";
  for (const StoryBrief& b : briefs) {
    out << "## " << report_internal::StoryHeadline(b) << "\n\n";
    out << "*" << b.story.id << " · " << report_internal::StoryCounts(b);
    if (!b.story.why.empty()) out << " · " << b.story.why;
    out << "*\n\n";
    Summary(b, out);
    Facts(b, out);
    Timeline(b, out);
    Discrepancies(b, out);
    Quotes(b, out);
    Entities(b, out);
    Matrix(b, out);
    ArticlesAndDropped(b, out);
  }
  return out.str();
}

}  // namespace newsfuse
