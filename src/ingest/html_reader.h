// Internal to ingest: HTML inputs (metadata only; clean extracts the text).
#ifndef NEWSFUSE_INGEST_HTML_READER_H_
#define NEWSFUSE_INGEST_HTML_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/record.h"
#include "newsfuse/article.h"

namespace newsfuse::ingest {

// What a page says about itself, as found in <head> and JSON-LD.
struct HtmlMetadata {
  std::string og_title, title_tag, h1, ld_headline;
  std::string site_name, application_name, ld_publisher;
  std::string og_url, canonical;
  // Publication date candidates: article:published_time, JSON-LD
  // datePublished, meta name=date/pubdate/publishdate/dc.date, <time>.
  std::string published_time, ld_date, meta_date, time_datetime;
  std::vector<std::string> meta_authors, ld_authors;
  std::string lang, og_locale, content_language;
};

// Parses `html` leniently with libxml2 (declared charset respected, else
// UTF-8) and collects its metadata. Never fails: a page libxml2 cannot
// parse yields empty metadata.
HtmlMetadata ParseHtmlMetadata(std::string_view html);

// Adds what a JSON-LD block says about a NewsArticle/Article/
// ReportageNewsArticle (the first one found; arrays and @graph searched)
// to *meta: headline, datePublished, author names, publisher name.
void ReadJsonLd(std::string_view json, HtmlMetadata* meta);

// Reads `bytes` as one HTML article: metadata set, body left empty.
void ReadHtml(const Input& in, std::string bytes);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_HTML_READER_H_
