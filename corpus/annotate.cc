// Annotation of meetings with canonical people; topics and organisations to follow.
#include "corpus/annotate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>
#include <mutex>
#include <sstream>

namespace crossboard::corpus {

namespace {

constexpr std::string_view kTitles[] = {"cllr", "councillor", "dr", "professor", "prof", "mr",
                                        "mrs", "ms", "miss", "sir", "dame", "rev", "revd"};

std::string fold_to_ascii_lower(std::string_view name) {
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> fold;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    fold.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD,
                                                   status));
    if (U_FAILURE(status)) fold.reset();
  });
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  if (fold) {
    // Transliterator::transliterate is const-safe only per instance; guard it.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    fold->transliterate(text);
  } else {
    text.toLower();
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::string person_id(std::string_view name) {
  std::string folded = fold_to_ascii_lower(name);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (c == '\'') {
      // O'Brien -> obrien
    } else {
      flush();
    }
  }
  flush();
  while (!words.empty()) {
    bool title = false;
    for (std::string_view t : kTitles) title = title || words.front() == t;
    if (!title || words.size() == 1) break;
    words.erase(words.begin());
  }
  std::string id;
  for (const std::string& w : words) id += (id.empty() ? "" : "-") + w;
  return id;
}

struct Annotator::Impl {
  AnnotateOptions options;
};

Annotator::Annotator(const AnnotateOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}

Annotator::~Annotator() = default;

void Annotator::annotate(Meeting& meeting) const {
  for (Attendee& a : meeting.attendance) a.person_id = person_id(a.name);
}

}  // namespace crossboard::corpus
