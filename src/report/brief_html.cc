// The brief as one self-contained HTML page: inline CSS, no scripts, no
// external resources. Each citation links to its source sentence shown in
// the article's text (highlighted by :target) and carries the sentence as a
// tooltip. Every piece of article text is escaped.
#include <algorithm>
#include <sstream>

#include "newsfuse/report.h"
#include "report/brief_text.h"

namespace newsfuse {
namespace {

using report_internal::OutletName;

constexpr char kStyle[] = R"(
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:2px solid #ccc;padding-bottom:.2rem}
.meta{color:#666;font-size:.9rem}
a.cite{text-decoration:none;font-size:.8rem;vertical-align:super;margin-left:1px}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top}
.matrix td{text-align:center}
.single{color:#a33}
.sent:target{background:#ffe58a}
del{background:#fdd;text-decoration:line-through}
ins{background:#dfd;text-decoration:none}
mark{background:#ffe58a}
.variants{margin:0 0 .5rem 1.5rem;font-size:.9rem}
article{border-left:3px solid #eee;padding-left:1rem;margin:1rem 0}
)";

std::string Esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

class Page {
 public:
  Page(const StoryBrief& b, size_t k, std::ostream& out)
      : b_(b), prefix_("st" + std::to_string(k + 1)), out_(out) {}

  void Write() {
    out_ << "<section class=\"story\" id=\"" << prefix_ << "\">\n<h2>"
         << Esc(report_internal::StoryHeadline(b_))
         << "</h2>\n<p class=\"meta\">" << Esc(b_.story.id) << " · "
         << Esc(report_internal::StoryCounts(b_))
         << (b_.story.why.empty() ? "" : " · " + Esc(b_.story.why)) << "</p>\n";
    Summary();
    Facts();
    Timeline();
    Discrepancies();
    Quotes();
    Entities();
    Matrix();
    Articles();
    out_ << "</section>\n";
  }

 private:
  std::string SentenceId(size_t article, uint32_t sentence) const {
    return prefix_ + "-a" + std::to_string(article + 1) + "-s" +
           std::to_string(sentence + 1);
  }

  // A link to the sentence of `fact` in article `id` (its first support).
  std::string Cite(const Fact* fact, const std::string& id) const {
    int n = report_internal::CitationNumber(b_, id);
    if (n == 0) return "";
    const Article& a = *b_.articles[n - 1];
    uint32_t sentence = 0;
    if (fact != nullptr) {
      for (SentenceRef r : fact->support) {
        if (r.article == static_cast<uint32_t>(n - 1)) {
          sentence = r.sentence;
          break;
        }
      }
    }
    std::string tip = sentence < a.sentences.size()
                          ? std::string(a.SentenceText(a.sentences[sentence]))
                          : "";
    return "<a class=\"cite\" href=\"#" + SentenceId(n - 1, sentence) +
           "\" title=\"" + Esc(OutletName(a) + ": " + tip) + "\">[" +
           std::to_string(n) + "]</a>";
  }

  const Fact* FindFact(const std::string& id) const {
    for (const Fact& f : b_.facts) {
      if (f.id == id) return &f;
    }
    return nullptr;
  }

  void Summary() {
    out_ << "<h3>Summary</h3>\n<p class=\"summary\">";
    for (const SummarySentence& s : b_.summary) {
      const Fact* f = FindFact(s.fact_id);
      out_ << Esc(s.text);
      for (const std::string& id : s.sources) out_ << Cite(f, id);
      if (s.single_source) out_ << " <span class=\"meta\">(single source)</span>";
      out_ << " ";
    }
    out_ << "</p>\n";
  }

  void Facts() {
    out_ << "<h3>Facts</h3>\n<table class=\"facts\"><tr><th>fact</th>"
            "<th>text</th><th>origins</th><th>sources</th></tr>\n";
    for (const Fact& f : b_.facts) {
      out_ << "<tr id=\"" << prefix_ << "-" << Esc(f.id) << "\"><td>"
           << Esc(f.id) << "</td><td>" << Esc(f.text);
      if (f.attributed && !f.speaker.empty()) {
        out_ << " <span class=\"meta\">(attributed: " << Esc(f.speaker)
             << ")</span>";
      }
      out_ << "</td><td" << (f.single_source ? " class=\"single\"" : "") << ">"
           << f.independent_sources
           << (f.single_source ? " (single source)" : "") << "</td><td>";
      for (const std::string& id : f.sources) out_ << Cite(&f, id);
      out_ << "</td></tr>\n";
    }
    out_ << "</table>\n";
  }

  void Timeline() {
    out_ << "<h3>Timeline</h3>\n<table class=\"timeline\"><tr><th>when</th>"
            "<th>what</th><th>sources</th></tr>\n";
    for (const TimelineEntry& e : b_.timeline) {
      const Fact* f = FindFact(e.fact);
      std::string when = e.when.date.empty() ? e.when.weekday : e.when.date;
      if (e.when.day_offset) {
        when += " (day " + std::to_string(*e.when.day_offset) + ")";
      }
      if (!e.when.time.empty()) {
        when += " " + e.when.time + (e.when.tz == "+00:00" ? " UTC" : "");
      }
      out_ << "<tr><td>" << Esc(when) << "</td><td>" << Esc(e.text)
           << " <span class=\"meta\">(" << Esc(e.said_as)
           << ")</span></td><td>";
      for (const std::string& id : e.sources) out_ << Cite(f, id);
      out_ << "</td></tr>\n";
    }
    out_ << "</table>\n";
  }

  void Discrepancies() {
    out_ << "<h3>Where outlets differ</h3>\n<ul class=\"discrepancies\">";
    for (const Discrepancy& d : b_.discrepancies) {
      out_ << "<li><b>" << Esc(d.kind) << "</b>: " << Esc(d.about)
           << (d.note.empty() ? "" : " — " + Esc(d.note)) << "<ul>";
      for (const DiscrepancyVariant& v : d.variants) {
        out_ << "<li>“" << Esc(v.text) << "”"
             << (v.value == v.text ? "" : " → " + Esc(v.value));
        for (const std::string& id : v.sources) out_ << Cite(nullptr, id);
        out_ << "</li>";
      }
      out_ << "</ul></li>\n";
    }
    out_ << "</ul>\n";
  }

  void Entities() {
    out_ << "<h3>Who and what</h3>\n<table class=\"entities\"><tr><th>"
            "entity</th><th>type</th><th>roles</th><th>written as</th></tr>\n";
    for (const Entity& e : b_.entities) {
      out_ << "<tr id=\"" << prefix_ << "-" << Esc(e.id) << "\"><td>"
           << Esc(e.name) << "</td><td>" << EntityTypeName(e.type)
           << "</td><td>";
      for (size_t i = 0; i < e.roles.size(); ++i) {
        out_ << (i ? "; " : "") << Esc(e.roles[i]);
      }
      out_ << "</td><td>";
      for (size_t i = 0; i < e.aliases.size(); ++i) {
        const EntityAlias& a = e.aliases[i];
        out_ << (i ? ", " : "") << (a.description ? "<i>" : "") << Esc(a.text)
             << (a.description ? "</i>" : "");
        for (const std::string& id : a.sources) out_ << Cite(nullptr, id);
      }
      out_ << "</td></tr>\n";
    }
    out_ << "</table>\n";
  }

  // A variant's diff with removed, added and moved words marked up.
  static std::string DiffHtml(std::string_view diff) {
    std::string out;
    for (size_t pos = 0; pos < diff.size();) {
      size_t open = diff.find('[', pos), close = diff.find(']', pos);
      if (open == std::string_view::npos || close == std::string_view::npos ||
          close < open) {
        return out + Esc(diff.substr(pos));
      }
      std::string_view op = diff.substr(pos, open - pos);
      std::string tag = op.ends_with("-")   ? "del"
                        : op.ends_with("+") ? "ins"
                                            : "mark";
      std::string_view lead = op.substr(0, op.find_first_of("-+m"));
      out += Esc(lead) + "<" + tag + ">" +
             Esc(diff.substr(open + 1, close - open - 1)) + "</" + tag + ">";
      pos = close + 1;
    }
    return out;
  }

  void Quotes() {
    out_ << "<h3>Who said what</h3>\n";
    for (const StoryQuote& q : b_.quotes) {
      out_ << "<p class=\"quote\" id=\"" << prefix_ << "-" << Esc(q.id)
           << "\"><b>"
           << Esc(q.speaker_name.empty() ? "unattributed" : q.speaker_name)
           << "</b>" << (q.cue.empty() ? "" : " (" + Esc(q.cue) + ")") << ": “"
           << Esc(q.text) << "”";
      for (const std::string& id : q.sources) out_ << Cite(nullptr, id);
      out_ << "</p>\n";
      bool open = false;
      for (const QuoteVariant& v : q.variants) {
        if (v.kind == VariantKind::kIdentical) continue;
        if (!open) out_ << "<ul class=\"variants\">";
        open = true;
        out_ << "<li>" << VariantKindName(v.kind);
        for (const std::string& id : v.sources) out_ << Cite(nullptr, id);
        out_ << ": “" << Esc(v.text) << "”"
             << (v.diff.empty() ? "" : " — " + DiffHtml(v.diff)) << "</li>";
      }
      if (open) out_ << "</ul>\n";
    }
  }

  void Matrix() {
    out_ << "<h3>Coverage: fact × outlet</h3>\n<table class=\"matrix\">"
            "<tr><th>fact</th>";
    for (size_t i = 0; i < b_.articles.size(); ++i) {
      out_ << "<th title=\"" << Esc(OutletName(*b_.articles[i])) << "\">["
           << i + 1 << "]</th>";
    }
    out_ << "</tr>\n";
    for (const Fact& f : b_.facts) {
      out_ << "<tr><td><a href=\"#" << prefix_ << "-" << Esc(f.id) << "\">"
           << Esc(f.id) << "</a></td>";
      for (const Article* a : b_.articles) {
        const std::vector<std::string>& c = b_.coverage.at(a->id);
        bool has = std::find(c.begin(), c.end(), f.id) != c.end();
        out_ << (has ? "<td>✓</td>" : "<td class=\"meta\">·</td>");
      }
      out_ << "</tr>\n";
    }
    out_ << "</table>\n";
  }

  void ArticleText(size_t i) {
    const Article& a = *b_.articles[i];
    uint32_t paragraph = UINT32_MAX;
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      if (a.sentences[s].paragraph != paragraph) {
        out_ << (paragraph == UINT32_MAX ? "<p>" : "</p>\n<p>");
        paragraph = a.sentences[s].paragraph;
      }
      out_ << "<span class=\"sent\" id=\"" << SentenceId(i, s) << "\">"
           << Esc(a.SentenceText(a.sentences[s])) << "</span> ";
    }
    if (paragraph != UINT32_MAX) out_ << "</p>\n";
  }

  void Articles() {
    out_ << "<h3>Articles</h3>\n";
    for (size_t i = 0; i < b_.articles.size(); ++i) {
      const Article& a = *b_.articles[i];
      out_ << "<article id=\"" << prefix_ << "-a" << i + 1 << "\"><h4>["
           << i + 1 << "] " << Esc(OutletName(a))
           << (a.title.empty() ? "" : " — " + Esc(a.title))
           << "</h4>\n<p class=\"meta\">" << Esc(a.path);
      if (!a.url.empty()) out_ << " · " << Esc(a.url);
      if (a.published) out_ << " · " << Esc(a.published->ToIso8601());
      out_ << " · origin " << Esc(b_.origins[i]) << "</p>\n";
      ArticleText(i);
      out_ << "<details><summary>Dropped lines (" << a.dropped.size()
           << ")</summary><ul>\n";
      for (const DroppedLine& d : a.dropped) {
        out_ << "<li><b>" << DropReasonName(d.reason) << "</b>: " << Esc(d.text)
             << "</li>\n";
      }
      out_ << "</ul></details></article>\n";
    }
  }

  const StoryBrief& b_;
  std::string prefix_;
  std::ostream& out_;
};

}  // namespace

std::string BriefToHtml(const std::vector<StoryBrief>& briefs) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width\">"
         "<title>newsfuse brief</title><style>"
      << kStyle
      << "</style></head>\n<body>\n<h1>newsfuse brief: " << briefs.size()
      << (briefs.size() == 1 ? " story" : " stories") << "</h1>\n";
  for (size_t k = 0; k < briefs.size(); ++k) Page(briefs[k], k, out).Write();
  out << "</body></html>\n";
  return out.str();
}

}  // namespace newsfuse
