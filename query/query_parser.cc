// parse_query: a small recursive-descent parser from query text to a Xapian::Query.
#include "query/query_parser.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "base/words.h"
#include "corpus/annotate.h"
#include "corpus/boards.h"
#include "corpus/text_util.h"
#include "corpus/topics.h"
#include "indexer/documents.h"
#include "indexer/index_store.h"
#include "indexer/term_prefixes.h"

namespace crossboard::query {

namespace prefix = indexer::prefix;

QueryError::QueryError(size_t column, const std::string& message)
    : InputError("column " + std::to_string(column) + ": " + message),
      column_(column),
      message_(message) {}

namespace {

constexpr std::array<std::string_view, 9> kFields = {"board", "area",   "person", "org", "kind",
                                                     "topic", "status", "year",   "date"};
constexpr std::array<std::string_view, 7> kStatuses = {"present",  "apologies", "in_attendance",
                                                       "observer", "deputy",    "absent", "chair"};
constexpr size_t kLongestMultiwordSynonym = 6;
// Words a run may have to name a topic for ParsedQuery::topics; the longest
// label of the built-in taxonomy has five.
constexpr size_t kLongestTopicName = 5;
// Past these a query is refused, not run: every word costs posting-list reads
// and every bracket or NOT a level of recursion.
constexpr size_t kMaxLexemes = 1000;
constexpr int kMaxNesting = 100;

std::string known_fields() {
  std::string out;
  for (std::string_view f : kFields) out += (out.empty() ? "" : ", ") + std::string(f) + ":";
  return out;
}

// ---- Lexer ---------------------------------------------------------------

enum class Tok { word, phrase, field, lparen, rparen, op_and, op_or, op_not, minus, end };

struct Lexeme {
  Tok kind = Tok::end;
  std::string text;   // word, phrase content or field value
  std::string field;  // for Tok::field
  bool quoted = false;  // field value was a quoted phrase
  size_t column = 0;    // 1-based
  size_t value_column = 0;
};

bool is_open_quote(std::string_view s, size_t i, size_t& width) {
  if (s[i] == '"') return width = 1, true;
  if (s.compare(i, 3, "\u201c") == 0 || s.compare(i, 3, "\u201d") == 0) return width = 3, true;
  return false;
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : s_(text) {}

  std::vector<Lexeme> run() {
    std::vector<Lexeme> out;
    for (;;) {
      while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
      if (i_ >= s_.size()) break;
      if (out.size() == kMaxLexemes)
        throw QueryError(i_ + 1, "query too long: over " + std::to_string(kMaxLexemes) +
                                     " words and operators; split it into several searches");
      out.push_back(next());
    }
    out.push_back(Lexeme{Tok::end, "", "", false, s_.size() + 1, 0});
    return out;
  }

 private:
  Lexeme next() {
    size_t column = i_ + 1, width = 0;
    char c = s_[i_];
    if (c == '(') return ++i_, Lexeme{Tok::lparen, "(", "", false, column, 0};
    if (c == ')') return ++i_, Lexeme{Tok::rparen, ")", "", false, column, 0};
    if (is_open_quote(s_, i_, width)) return Lexeme{Tok::phrase, quoted(), "", true, column, column};
    if (c == '-' && i_ + 1 < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i_ + 1])))
      return ++i_, Lexeme{Tok::minus, "-", "", false, column, 0};
    std::string run = bare();
    if (run == "AND") return {Tok::op_and, run, "", false, column, 0};
    if (run == "OR") return {Tok::op_or, run, "", false, column, 0};
    if (run == "NOT") return {Tok::op_not, run, "", false, column, 0};
    if (auto field = field_name(run)) return field_lexeme(*field, run, column);
    return {Tok::word, run, "", false, column, 0};
  }

  // The text between quotes, at i_ on the opening quote; i_ ends after the closing one.
  std::string quoted() {
    size_t open = i_, width = 0;
    is_open_quote(s_, i_, width);
    i_ += width;
    size_t start = i_;
    while (i_ < s_.size() && !is_open_quote(s_, i_, width)) ++i_;
    if (i_ >= s_.size())
      throw QueryError(open + 1, "unbalanced quote: this \" is never closed");
    std::string content(s_.substr(start, i_ - start));
    i_ += width;
    return content;
  }

  std::string bare() {
    size_t start = i_, width = 0;
    while (i_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i_])) && s_[i_] != '(' &&
           s_[i_] != ')' && !is_open_quote(s_, i_, width))
      ++i_;
    return std::string(s_.substr(start, i_ - start));
  }

  // "board:x" → "board"; nothing for runs that are not name:... ("10:30", "a:b:c" is a field).
  static std::optional<std::string> field_name(const std::string& run) {
    size_t colon = run.find(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    for (size_t k = 0; k < colon; ++k)
      if (!std::isalpha(static_cast<unsigned char>(run[k])) && run[k] != '_') return std::nullopt;
    std::string name = run.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    return name;
  }

  Lexeme field_lexeme(const std::string& name, const std::string& run, size_t column) {
    if (std::find(kFields.begin(), kFields.end(), name) == kFields.end())
      throw QueryError(column, "unknown field '" + run.substr(0, run.find(':') + 1) +
                                   "' (fields: " + known_fields() + "; quote the text to search for it)");
    Lexeme lex{Tok::field, run.substr(name.size() + 1), name, false, column,
               column + name.size() + 1};
    size_t width = 0;
    if (lex.text.empty() && i_ < s_.size() && is_open_quote(s_, i_, width)) {
      lex.text = quoted();
      lex.quoted = true;
    }
    if (lex.text.empty()) throw QueryError(lex.value_column, "field '" + name + ":' needs a value");
    return lex;
  }

  std::string_view s_;
  size_t i_ = 0;
};

// ---- Parser --------------------------------------------------------------

// One clause of an AND group, kept apart until the group is complete so
// that person: and status: can pair up and adjacent words can form a
// multi-word synonym.
struct Unit {
  enum class Kind { query, word, person, status } kind = Kind::query;
  Xapian::Query query;
  std::string word;                 // Kind::word: the word as typed
  std::vector<std::string> people;  // Kind::person: matching person ids
  std::string status;               // Kind::status
  bool negated = false;
  size_t column = 0;  // Kind::word: where the word starts in the query
};

Unit make_unit(Unit::Kind kind, Xapian::Query query = Xapian::Query()) {
  Unit unit;
  unit.kind = kind;
  unit.query = std::move(query);
  return unit;
}

Xapian::Query filter_only(Xapian::Query q) { return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0); }

Xapian::Query no_match() { return Xapian::Query(std::string(prefix::kDocType) + "none"); }

Xapian::Query any_of(const std::vector<std::string>& terms) {
  if (terms.empty()) return no_match();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query all_of(std::vector<Xapian::Query> queries) {
  if (queries.size() == 1) return queries[0];
  return Xapian::Query(Xapian::Query::OP_AND, queries.begin(), queries.end());
}

// The terms the index holds for `text` (base/words.h: the one word rule).
std::vector<std::string> words_of(std::string_view text) { return base::terms_of(text); }

// A possessive the index holds as a word of its own: "cse's" beside "cse".
constexpr std::string_view kPossessive = "'s";

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

class Parser {
 public:
  Parser(std::string_view text, const Xapian::Database& db)
      : lexemes_(Lexer(text).run()), db_(db), taxonomy_(indexer::index_taxonomy(db)) {}

  ParsedQuery run() {
    Xapian::Query q = parse_or();
    if (peek().kind == Tok::rparen) throw QueryError(peek().column, "unbalanced bracket: ')' without '('");
    if (q.empty()) throw QueryError(1, "nothing to search for");
    // Searches see items and meetings: every document but the few file
    // records. Leaving those out costs a check against a short posting list;
    // filtering by (XDTitem OR XDTmeeting) walked two lists as long as the index.
    Xapian::Query files(std::string(prefix::kDocType) + "file");
    std::sort(named_topics_.begin(), named_topics_.end());
    std::vector<std::string> topics;
    for (const auto& [column, id] : named_topics_)
      if (std::find(topics.begin(), topics.end(), id) == topics.end()) topics.push_back(id);
    return {Xapian::Query(Xapian::Query::OP_AND_NOT, q, files), highlight_, std::move(topics)};
  }

 private:
  const Lexeme& peek() const { return lexemes_[pos_]; }
  const Lexeme& take() { return lexemes_[pos_++]; }

  Xapian::Query parse_or() {
    std::vector<Xapian::Query> alternatives;
    for (;;) {
      if (peek().kind == Tok::op_or) throw QueryError(peek().column, "OR needs a term before it");
      Xapian::Query q = parse_and();
      if (!q.empty()) alternatives.push_back(q);
      if (peek().kind != Tok::op_or) break;
      const Lexeme& op = take();
      if (ends_group(peek().kind)) throw QueryError(op.column, "OR needs a term after it");
    }
    if (alternatives.size() <= 1) return alternatives.empty() ? Xapian::Query() : alternatives[0];
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

  static bool ends_group(Tok kind) { return kind == Tok::end || kind == Tok::rparen || kind == Tok::op_or; }

  Xapian::Query parse_and() {
    std::vector<Unit> units;
    while (!ends_group(peek().kind)) {
      if (peek().kind == Tok::op_and) {
        const Lexeme& op = take();
        if (units.empty() || ends_group(peek().kind))
          throw QueryError(op.column, "AND needs a term on both sides");
        continue;
      }
      units.push_back(parse_unit());
    }
    return finish_group(units);
  }

  // Counts one level of brackets or NOT for as long as it lives.
  class Nesting {
   public:
    Nesting(int& depth, size_t column) : depth_(++depth) {
      if (depth_ > kMaxNesting)
        throw QueryError(column, "brackets or NOTs nested over " + std::to_string(kMaxNesting) + " deep");
    }
    ~Nesting() { --depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    int& depth_;
  };

  Unit parse_unit() {
    Nesting level(depth_, peek().column);
    if (peek().kind == Tok::op_not || peek().kind == Tok::minus) {
      const Lexeme& op = take();
      if (ends_group(peek().kind) || peek().kind == Tok::op_and)
        throw QueryError(op.column, op.text + " needs a term after it");
      ++negated_;
      Unit unit = parse_unit();
      --negated_;
      unit.negated = !unit.negated;
      return unit;
    }
    const Lexeme& lex = take();
    switch (lex.kind) {
      case Tok::lparen: {
        Xapian::Query inner = parse_or();
        if (peek().kind != Tok::rparen)
          throw QueryError(lex.column, "unbalanced bracket: this '(' is never closed");
        take();
        return make_unit(Unit::Kind::query, inner);
      }
      case Tok::rparen: throw QueryError(lex.column, "unbalanced bracket: ')' without '('");
      case Tok::phrase:
        if (!negated_) name_topic(lex.column, taxonomy_->find(lex.text));
        return make_unit(Unit::Kind::query, phrase_query(lex.text));
      case Tok::field: return field_unit(lex);
      default: return word_unit(lex);
    }
  }

  Unit word_unit(const Lexeme& lex) {
    size_t star = lex.text.find('*');
    if (star == std::string::npos) {
      Unit unit = make_unit(Unit::Kind::word);
      unit.word = lex.text;
      unit.column = lex.column;
      return unit;
    }
    std::string stem_part = lex.text.substr(0, star);
    if (lex.text.find_first_not_of('*', star) != std::string::npos)
      throw QueryError(lex.column + star, "a wildcard '*' goes at the end of a word");
    std::vector<std::string> words = words_of(stem_part);
    if (words.size() != 1)
      throw QueryError(lex.column, "a wildcard needs one word before '*' (as in safeguard*)");
    if (!negated_) highlight_.prefixes.insert(words[0]);
    return make_unit(Unit::Kind::query, Xapian::Query(Xapian::Query::OP_WILDCARD, words[0]));
  }

  // `word` exactly, or its possessive where the index holds one: the index
  // keeps "CSE's" as the word "cse's", and a quoted "CSE" must find it.
  Xapian::Query exact_word(const std::string& word) {
    std::string possessive = word + std::string(kPossessive);
    if (word.ends_with(kPossessive) || !db_.term_exists(possessive)) return Xapian::Query(word);
    if (!negated_) highlight_.exact.insert(possessive);
    return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(word), Xapian::Query(possessive));
  }

  // Exact words in a row; one word alone is that word unstemmed. Each word
  // may be its possessive ("CSE's new lead" is the phrase "CSE new lead").
  Xapian::Query phrase_query(std::string_view text) {
    std::vector<std::string> words = words_of(text);
    if (words.empty()) return Xapian::Query();
    if (!negated_) {
      if (words.size() == 1) highlight_.exact.insert(words[0]);
      else highlight_.quoted.push_back(words);
    }
    std::vector<Xapian::Query> each;
    for (const std::string& w : words) each.push_back(exact_word(w));
    if (each.size() == 1) return each[0];
    return Xapian::Query(Xapian::Query::OP_PHRASE, each.begin(), each.end(), each.size());
  }

  // A word or a synonym value: stemmed when one word, an exact phrase when several.
  Xapian::Query text_query(std::string_view text, bool highlight) {
    std::vector<std::string> words = words_of(text);
    if (words.empty()) return Xapian::Query();
    if (words.size() > 1) {
      if (highlight) highlight_.phrases.push_back(words);
      return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    }
    if (!base::is_stemmed(words[0])) {  // "2019", "106": the index holds no stem for them
      if (highlight) highlight_.exact.insert(words[0]);
      return Xapian::Query(words[0]);
    }
    std::string stemmed = base::stem(words[0]);
    if (highlight) highlight_.stems.insert(stemmed);
    return Xapian::Query(std::string(prefix::kStemmed) + stemmed);
  }

  // Xapian reads synonyms from the first database only, and a remote one
  // (xapian-tcpsrv) serves none: then the index's taxonomy's pairs stand in,
  // the same pairs `index` writes.
  std::vector<std::string> synonyms_of(const std::string& key) {
    std::vector<std::string> out;
    if (db_.synonym_keys_begin() != db_.synonym_keys_end()) {
      for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it) out.push_back(*it);
      return out;
    }
    if (taxonomy_pairs_.empty())
      for (auto& [k, v] : indexer::synonym_pairs(*taxonomy_)) taxonomy_pairs_.emplace(k, v);
    auto [first, last] = taxonomy_pairs_.equal_range(key);
    for (auto it = first; it != last; ++it) out.push_back(it->second);
    return out;
  }

  bool has_synonyms(const std::string& key) { return !synonyms_of(key).empty(); }

  // `key` (lower case, words joined by spaces) or any of its synonyms. The
  // index marks every document where a name of the group matches with one
  // term (prefix::kNameGroup, indexer/documents.cc), so the query reads that
  // posting list instead of checking each phrase's positions ("LAC": 14
  // names, 351 ms in-process on the 500 MB bench index as phrases). Every
  // name is still highlighted.
  Xapian::Query synonym_query(const std::string& key, bool highlight) {
    std::vector<std::string> names = synonyms_of(key);
    if (names.empty()) return text_query(key, highlight);
    names.push_back(key);
    for (const std::string& name : names) text_query(name, highlight);  // for the highlights
    std::string term = std::string(prefix::kNameGroup) + *std::min_element(names.begin(), names.end());
    if (term.size() <= indexer::kMaxTermBytes) return Xapian::Query(term);
    std::vector<Xapian::Query> alternatives;  // a name too long for a term: as phrases
    for (const std::string& name : names)
      if (Xapian::Query q = text_query(name, false); !q.empty()) alternatives.push_back(q);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
  }

  // Notes `topic` (if any) as named at `column` (ParsedQuery::topics).
  void name_topic(size_t column, const corpus::Topic* topic) {
    if (topic) named_topics_.emplace_back(column, topic->id);
  }

  // The topics that runs of plain words name: at each word, the longest run
  // of up to kLongestTopicName words that is a topic's name, as typed.
  void name_word_topics(const std::vector<Unit>& units) {
    auto plain = [&](size_t k) {
      return k < units.size() && units[k].kind == Unit::Kind::word && !units[k].negated && !negated_;
    };
    for (size_t i = 0; i < units.size();) {
      size_t taken = 0;
      for (size_t n = kLongestTopicName; n >= 1 && !taken; --n) {
        std::string run;
        bool all = true;
        for (size_t k = i; all && k < i + n; ++k) {
          all = plain(k);
          if (all) run += (run.empty() ? "" : " ") + units[k].word;
        }
        if (!all) continue;
        if (const corpus::Topic* topic = taxonomy_->find(run)) {
          name_topic(units[i].column, topic);
          taken = n;
        }
      }
      i += std::max<size_t>(1, taken);
    }
  }

  // Plain words become queries; the longest run of adjacent words that is a
  // synonym key ("child sexual exploitation") becomes one synonym query.
  void resolve_words(std::vector<Unit>& units) {
    name_word_topics(units);
    for (size_t i = 0; i < units.size(); ++i) {
      if (units[i].kind != Unit::Kind::word) continue;
      size_t run = 0;
      while (i + run < units.size() && run < kLongestMultiwordSynonym &&
             units[i + run].kind == Unit::Kind::word && !units[i + run].negated)
        ++run;
      size_t take_words = 1;
      std::string key = lower_words(units[i].word);
      for (size_t n = run; n >= 2; --n) {
        std::string candidate;
        for (size_t k = 0; k < n; ++k) candidate += (k ? " " : "") + lower_words(units[i + k].word);
        if (has_synonyms(candidate)) {
          key = candidate;
          take_words = n;
          break;
        }
      }
      bool highlight = !negated_ && !units[i].negated;
      if (const corpus::Topic* topic = take_words == 1 ? word_acronym_topic(units[i].word) : nullptr) {
        // The index folds case, so "SEND" the acronym is found by its topic
        // term, which the annotator sets only for the acronym form.
        if (highlight) highlight_topic(*topic);
        units[i].query = Xapian::Query(std::string(prefix::kTopic) + topic->id);
        units[i].kind = Unit::Kind::query;
        continue;
      }
      units[i].query = synonym_query(key, highlight);
      units[i].kind = Unit::Kind::query;
      units.erase(units.begin() + static_cast<long>(i) + 1, units.begin() + static_cast<long>(i + take_words));
    }
  }

  // The topic whose word acronym `word` is, typed in capitals ("SEND"; never "send" or "Send").
  const corpus::Topic* word_acronym_topic(const std::string& word) const {
    if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); }))
      return nullptr;
    for (const corpus::Topic& topic : taxonomy_->topics())
      for (const std::string& acronym : topic.word_acronyms)
        if (acronym == word) return &topic;
    return nullptr;
  }

  static std::string lower_words(const std::string& word) {
    std::string out;
    for (const std::string& w : words_of(word)) out += (out.empty() ? "" : " ") + w;
    return out;
  }

  // person: and status: in one group pair up: "XSapologies:gerald-meehan".
  void pair_people_with_status(std::vector<Unit>& units) {
    std::vector<Unit*> people, statuses;
    for (Unit& u : units) {
      if (u.kind == Unit::Kind::person && !u.negated) people.push_back(&u);
      if (u.kind == Unit::Kind::status && !u.negated) statuses.push_back(&u);
    }
    for (Unit* s : statuses) {
      if (people.empty()) {
        s->query = filter_only(Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(prefix::kStatus) + s->status + ":"));
        continue;
      }
      std::vector<Xapian::Query> each_person;
      for (Unit* p : people) {
        std::vector<std::string> terms;
        for (const std::string& id : p->people) terms.push_back(std::string(prefix::kStatus) + s->status + ":" + id);
        each_person.push_back(any_of(terms));
      }
      s->query = filter_only(all_of(each_person));
    }
    for (Unit& u : units) {
      if (u.kind == Unit::Kind::status && u.negated)
        u.query = Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(prefix::kStatus) + u.status + ":");
      if (u.kind == Unit::Kind::person) {
        std::vector<std::string> terms;
        for (const std::string& id : u.people) terms.push_back(std::string(prefix::kPerson) + id);
        u.query = filter_only(any_of(terms));
      }
    }
  }

  Xapian::Query finish_group(std::vector<Unit>& units) {
    resolve_words(units);
    pair_people_with_status(units);
    std::vector<Xapian::Query> positive, negative;
    for (Unit& u : units) {
      if (u.query.empty()) continue;
      (u.negated ? negative : positive).push_back(u.query);
    }
    if (positive.empty() && negative.empty()) return Xapian::Query();
    Xapian::Query q = positive.empty() ? Xapian::Query::MatchAll : all_of(positive);
    if (negative.empty()) return q;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, q,
                         Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
  }

  // ---- Fields ----

  Unit field_unit(const Lexeme& lex) {
    const std::string& f = lex.field;
    if (f == "board") return query_unit(slug_field(prefix::kBoard, lex));
    if (f == "area") return query_unit(slug_field(prefix::kArea, lex));
    if (f == "org") return query_unit(slug_field(prefix::kOrganisation, lex));
    if (f == "kind") return query_unit(slug_field(prefix::kKind, lex));
    if (f == "topic") return query_unit(topic_field(lex));
    if (f == "year") return query_unit(year_field(lex));
    if (f == "date") return query_unit(date_field(lex));
    if (f == "person") return person_unit(lex);
    return status_unit(lex);
  }

  static Unit query_unit(Xapian::Query q) { return make_unit(Unit::Kind::query, filter_only(q)); }

  // Terms `prefix`+slug: the exact one if indexed, else every indexed one whose
  // slug holds the value's slug as whole words (board:halton).
  std::vector<std::string> slug_terms(std::string_view pfx, const std::string& value, size_t column) {
    std::string s = corpus::slugify(value);
    if (s.empty()) throw QueryError(column, "this field needs a value with letters or digits");
    // A board's id follows the board rules ("Barset LSCB" and "Barset Local
    // Safeguarding Children Board" are one board), so the name as crossboard
    // prints it finds its board: its slug, then its board identity.
    std::vector<std::string> slugs{s};
    if (pfx == prefix::kBoard)
      if (std::string id = corpus::board_identity(value); !id.empty() && id != s) slugs.push_back(id);
    for (const std::string& slug : slugs)
      if (std::string exact = std::string(pfx) + slug; db_.term_exists(exact)) return {exact};
    std::vector<std::string> terms;
    for (const std::string& slug : slugs) {
      std::string needle = "-" + slug + "-";
      for (auto it = db_.allterms_begin(std::string(pfx)); it != db_.allterms_end(std::string(pfx)); ++it) {
        std::string rest = (*it).substr(pfx.size());
        if (("-" + rest + "-").find(needle) != std::string::npos) terms.push_back(*it);
      }
      if (!terms.empty()) break;
    }
    return terms;
  }

  Xapian::Query slug_field(std::string_view pfx, const Lexeme& lex) {
    return any_of(slug_terms(pfx, lex.text, lex.value_column));
  }

  Unit person_unit(const Lexeme& lex) {
    Unit unit = make_unit(Unit::Kind::person);
    std::string id = corpus::person_id(lex.text);
    if (id.empty()) throw QueryError(lex.value_column, "person: needs a name");
    unit.people = slug_terms(prefix::kPerson, id, lex.value_column);
    for (std::string& term : unit.people) term.erase(0, prefix::kPerson.size());
    if (!negated_) {
      std::vector<std::string> words = words_of(lex.text);
      if (words.size() == 1) highlight_.exact.insert(words[0]);
      if (words.size() > 1) highlight_.phrases.push_back(words);
    }
    return unit;
  }

  Unit status_unit(const Lexeme& lex) {
    std::string s = corpus::slugify(lex.text);
    std::replace(s.begin(), s.end(), '-', '_');
    if (std::find(kStatuses.begin(), kStatuses.end(), s) == kStatuses.end())
      throw QueryError(lex.value_column, "unknown status '" + lex.text +
                                             "' (present, apologies, in_attendance, observer, deputy, absent, chair)");
    Unit unit = make_unit(Unit::Kind::status);
    unit.status = s;
    return unit;
  }

  Xapian::Query topic_field(const Lexeme& lex) {
    const corpus::Topic* topic = taxonomy_->find(lex.text);
    if (!topic) {
      std::string term = std::string(prefix::kTopic) + corpus::slugify(lex.text);
      if (db_.term_exists(term)) return Xapian::Query(term);
      throw QueryError(lex.value_column, "unknown topic '" + lex.text + "' (give a topic's id, acronym or label)");
    }
    if (!negated_) {
      highlight_topic(*topic);
      name_topic(lex.column, topic);
    }
    return Xapian::Query(std::string(prefix::kTopic) + topic->id);
  }

  void highlight_topic(const corpus::Topic& topic) {
    auto is_word_acronym = [&](const std::string& name) {
      return std::any_of(topic.word_acronyms.begin(), topic.word_acronyms.end(),
                         [&](const std::string& w) { return words_of(w) == words_of(name); });
    };
    std::vector<std::string> names = topic.acronyms;
    names.insert(names.end(), topic.synonyms.begin(), topic.synonyms.end());
    names.push_back(topic.label);
    for (const std::string& name : names)
      if (!is_word_acronym(name)) text_query(name, true);
  }

  Xapian::Query year_field(const Lexeme& lex) {
    std::string from = lex.text, to = lex.text;
    if (size_t dots = lex.text.find(".."); dots != std::string::npos) {
      from = lex.text.substr(0, dots);
      to = lex.text.substr(dots + 2);
    }
    if (from.size() != 4 || to.size() != 4 || !all_digits(from) || !all_digits(to))
      throw QueryError(lex.value_column, "bad year '" + lex.text + "' (use year:2016 or year:2012..2017)");
    if (from > to) throw QueryError(lex.value_column, "year range '" + lex.text + "' ends before it starts");
    std::vector<std::string> terms;
    for (int y = std::stoi(from); y <= std::stoi(to); ++y) terms.push_back(std::string(prefix::kYear) + std::to_string(y));
    return any_of(terms);
  }

  // "2016", "2016-03" or "2016-03-01" as the first (or last) ISO day it covers.
  static std::optional<std::string> date_bound(const std::string& text, bool end) {
    if (text.size() == 4 && all_digits(text)) return text + (end ? "-12-31" : "-01-01");
    if (text.size() == 7 && text[4] == '-' && indexer::is_iso_date(text + "-01"))
      return text + (end ? "-31" : "-01");
    if (indexer::is_iso_date(text)) return text;
    return std::nullopt;
  }

  Xapian::Query date_field(const Lexeme& lex) {
    std::string from = lex.text, to = lex.text;
    size_t dots = lex.text.find("..");
    if (dots != std::string::npos) {
      from = lex.text.substr(0, dots);
      to = lex.text.substr(dots + 2);
      if (from.empty() && to.empty())
        throw QueryError(lex.value_column, "date range '..' needs a start, an end or both (date:2016-01-01..2017-06-30)");
    }
    std::optional<std::string> lo, hi;
    if (!from.empty() && !(lo = date_bound(from, false)))
      throw QueryError(lex.value_column, "bad date '" + from + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!to.empty() && !(hi = date_bound(to, true)))
      throw QueryError(lex.value_column + (dots == std::string::npos ? 0 : dots + 2),
                       "bad date '" + to + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
    if (lo && hi && *lo > *hi) throw QueryError(lex.value_column, "date range '" + lex.text + "' ends before it starts");
    if (!lo) return Xapian::Query(Xapian::Query::OP_VALUE_LE, indexer::slot::kDate, *hi);
    if (!hi) return Xapian::Query(Xapian::Query::OP_VALUE_GE, indexer::slot::kDate, *lo);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, indexer::slot::kDate, *lo, *hi);
  }

  std::vector<Lexeme> lexemes_;
  size_t pos_ = 0;
  const Xapian::Database& db_;
  // The topics the index was built with (--topics FILE, else the built-in ones).
  std::shared_ptr<const corpus::Taxonomy> taxonomy_;
  std::multimap<std::string, std::string> taxonomy_pairs_;  // its synonym pairs, read when first needed
  std::vector<std::pair<size_t, std::string>> named_topics_;  // column, topic id
  Highlight highlight_;
  int negated_ = 0;
  int depth_ = 0;  // parse_unit calls under way: brackets and NOTs
};

}  // namespace

ParsedQuery parse_query(std::string_view text, const Xapian::Database& db) {
  try {
    return Parser(text, db).run();
  } catch (QueryError& e) {
    e.set_query(std::string(text));
    throw;
  }
}

}  // namespace crossboard::query
