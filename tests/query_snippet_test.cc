// Tests of the snippet's word splitting and edge cases, and of reading document data with its text apart.
#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/words.h"
#include "query/document_data.h"
#include "query/highlight.h"

namespace crossboard {
namespace {

std::string describe(const std::vector<base::Token>& tokens) {
  std::string out;
  for (const base::Token& t : tokens)
    out += "[" + std::to_string(t.offset) + "+" + std::to_string(t.length) + " " + t.lower + "]";
  return out;
}

TEST(Tokenize, SplitsWordsAsXapianReadsThem) {
  struct Row {
    std::string text;
    std::string words;
  };
  const Row rows[] = {
      {"CSE's plan", "[0+5 cse's][6+4 plan]"},
      // ’ (3 bytes) is read as ' inside a word; a trailing apostrophe is not part of it.
      {"CSE\xE2\x80\x99s boards'", "[0+7 cse's][8+6 boards]"},
      {"'quoted'", "[1+6 quoted]"},
      // An ampersand between word characters is part of the word, as TermGenerator keeps it.
      {"A&E and R&D", "[0+3 a&e][4+3 and][8+3 r&d]"},
      {"a & e, A&", "[0+1 a][4+1 e][7+1 a]"},
      {"snake_case 2016-17", "[0+10 snake_case][11+4 2016][16+2 17]"},
      // Ü and é are two bytes each; lower case is Unicode's.
      {"\xC3\x9C"
       "BER caf\xC3\xA9",
       "[0+5 \xC3\xBC"
       "ber][6+5 caf\xC3\xA9]"},
      {"", ""},
      {"  --  ", ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(describe(base::tokenize(row.text)), row.words) << row.text;
  }
}

// base::tokenize agrees with TermGenerator on every text: tests/words_test.cc.

query::Highlight exact(std::initializer_list<const char*> words) {
  query::Highlight h;
  for (const char* w : words) h.exact.insert(w);
  return h;
}

TEST(Snippet, EdgesOfTheWindow) {
  query::Highlight phrase = exact({"cse"});
  phrase.phrases.push_back({"signs", "of", "safety"});
  query::Highlight cse_stem;
  cse_stem.stems.insert(base::stem("cse"));
  struct Row {
    const char* name;
    std::string text;
    query::Highlight highlight;
    size_t max_bytes;
    std::string snippet;
  };
  const Row rows[] = {
      // The window starts at the text's start and ends at the last whole word
      // within 20 bytes ("at" ends at byte 20).
      {"match at start", "CSE was discussed at length by the board today.", exact({"cse"}), 20,
       "**CSE** was discussed at…"},
      // The match opens the window (no word starts in the 4 bytes before it)
      // and the text ends within it.
      {"match at end", "The board then discussed CSE", exact({"cse"}), 16, "…**CSE**"},
      // The window ends after "of" (byte 16), inside the phrase (bytes 8–23):
      // the phrase is kept whole.
      {"phrase across the window edge", "CSE and signs of safety work", phrase, 16,
       "**CSE** and **signs of safety**…"},
      // Byte 18, the window's end, falls inside the two bytes of "é" in
      // "résumé": the window ends after "naïve" instead.
      {"multibyte at the window edge",
       "\xC3\x9C"
       "ber CSE na\xC3\xAFve r\xC3\xA9sum\xC3\xA9",
       exact({"cse"}), 12, "…**CSE** na\xC3\xAFve…"},
      // "über" matches "Über": lower case beyond ASCII.
      {"multibyte match at start",
       "\xC3\x9C"
       "ber alles",
       exact({"\xC3\xBC"
              "ber"}),
       240,
       "**\xC3\x9C"
       "ber** alles"},
      // "CSE’s" stems to "cse"; the mark covers the three-byte apostrophe and the s.
      {"curly apostrophe inside a stem match", "The CSE\xE2\x80\x99s plan", cse_stem, 240,
       "The **CSE\xE2\x80\x99s** plan"},
      {"no word at all", "-- --", exact({"cse"}), 240, "-- --"},
  };
  for (const Row& row : rows)
    EXPECT_EQ(query::make_snippet(row.text, row.highlight, row.max_bytes), row.snippet) << row.name;
}

TEST(Snippet, StemsOfOneQueryDoNotLeakIntoTheNext) {
  // The stem memo is shared by every snippet; what matches is each query's own.
  query::Highlight training, staff;
  training.stems.insert(base::stem("training"));
  staff.stems.insert(base::stem("staff"));
  const std::string text = "Trained staff train new Staff leads.";
  EXPECT_EQ(query::make_snippet(text, training), "**Trained** staff **train** new Staff leads.");
  EXPECT_EQ(query::make_snippet(text, staff), "Trained **staff** train new **Staff** leads.");
  EXPECT_EQ(query::make_snippet(text, training), "**Trained** staff **train** new Staff leads.");
}

// What the document data reads as with nlohmann's parser, the reference:
// the members but "text", and the text as value("text", "") gives it.
query::DocumentData reference_read(const std::string& data) {
  query::DocumentData d;
  d.fields = nlohmann::json::parse(data, nullptr, false);
  if (!d.fields.is_object()) return d;
  d.text = d.fields.value("text", "");
  d.fields.erase("text");
  return d;
}

TEST(DocumentData, ReadsAsNlohmannParsesIt) {
  const std::string rows[] = {
      R"({"board":"Halton","source":{"path":"a.txt","first_line":3},"text":"CSE \"plan\"\n\\ok","type":"item"})",
      R"({"text":"first member","type":"item"})",
      R"({"type":"item","text":"last member"})",
      R"({"text":"only member"})",
      R"( { "type" : "item" , "text" : "spaced" , "x" : [1, {"text": "nested"}] } )",
      R"({"type":"item"})",
      R"({})",
      // Escapes: \u00e9 is é, \ud83d\ude00 a surrogate pair, \/ a slash, \u0000 a NUL byte.
      R"({"text":"caf\u00e9 \ud83d\ude00 a\/b \b\f\r\t \u0000 end","type":"item"})",
      "{\"text\":\"raw caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80\"}",
      R"({"source":{"text":"not the top level"},"type":"item"})",
      R"({"text":"one","text":"two"})",
      // Broken data: each is unreadable as a whole.
      R"({"text":"unterminated)",
      R"({"text":"bad escape \x"})",
      R"({"text":"lone low surrogate \udc00"})",
      R"({"text":"lone high surrogate \ud800 x"})",
      "{\"text\":\"raw control \x01 char\"}",
      "{\"text\":\"broken utf-8 \xC3( \"}",
      "{\"text\":\"overlong \xC0\xAF\"}",
      "{\"text\":\"surrogate in utf-8 \xED\xA0\x80\"}",
      R"({"text":"fine","type":})",
      R"({"text":"fine"} trailing)",
      R"(["text","an array"])",
      R"("a string")",
      "",
  };
  for (const std::string& data : rows) {
    query::DocumentData expected = reference_read(data);
    for (bool want_text : {true, false}) {
      query::DocumentData got = query::read_document_data(data, want_text);
      EXPECT_EQ(got.fields.is_object(), expected.fields.is_object()) << data;
      if (expected.fields.is_object()) {
        EXPECT_EQ(got.fields.dump(), expected.fields.dump()) << data;
      }
      EXPECT_EQ(got.text, want_text ? expected.text : "") << data;
    }
  }
}

TEST(DocumentData, TextThatIsNotAStringThrowsAsValueDoesWhenAskedFor) {
  EXPECT_THROW(query::read_document_data(R"({"text":42})", true), nlohmann::json::type_error);
  EXPECT_THROW(query::read_document_data(R"({"text":null,"type":"item"})", true), nlohmann::json::type_error);
  // Not asked for, the text is not read, as callers that never looked at it did not.
  EXPECT_EQ(query::read_document_data(R"({"text":42,"type":"item"})", false).fields.dump(),
            R"({"type":"item"})");
}

}  // namespace
}  // namespace crossboard
