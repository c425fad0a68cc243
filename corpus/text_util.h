// Small string helpers shared by the parser's files: trimming, folding, words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossboard::corpus {

std::string_view trim(std::string_view s);
std::string lower_ascii(std::string_view s);
// Lower case with typographic quotes and dashes folded to ASCII, for
// comparing cues: "Children’s Trust – Board" → "children's trust - board".
std::string fold(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool contains_ci(std::string_view s, std::string_view needle);
// Position of `needle` in `s`, ignoring ASCII case and only at word
// boundaries; npos if absent.
size_t find_word_ci(std::string_view s, std::string_view needle, size_t from = 0);
// Splits on spaces; keeps punctuation attached to words.
std::vector<std::string_view> split_words(std::string_view s);
// THE slug of every id (board ids, person ids, the index's area, kind and
// organisation terms, and the query fields that look them up): folded to
// ASCII lower case (Latin letters lose their accents: "Môn" → "mon"),
// apostrophes (' and ’) dropped, '&' read as the word "and", any other run
// of characters that are not letters or digits one '-', none at either end.
// "Halton Children’s Trust" → "halton-childrens-trust";
// "Health & Wellbeing Board" → "health-and-wellbeing-board".
std::string slugify(std::string_view s);
int count_words(std::string_view s);
bool is_upper_word(std::string_view word);  // letters all capitals, at least two
// Share of letters in `s` that are capitals, 0..1.
double upper_ratio(std::string_view s);

}  // namespace crossboard::corpus
