// Sentences of a passage: the first one, or the one naming a topic, for timelines and quotes.
#pragma once

#include <string>
#include <string_view>

namespace crossboard::analysis {

// The sentence of `text` around byte `offset`: from after the previous ". ",
// "? ", "! " or line break to the next, trimmed, cut to about `max_bytes`
// at a character boundary with "…".
std::string sentence_at(std::string_view text, size_t offset, size_t max_bytes = 300);

// The first sentence of `text` that names `topic_id` (built-in taxonomy), else its first sentence.
std::string topic_sentence(std::string_view text, const std::string& topic_id, size_t max_bytes = 300);

// `text` without the "**" marks make_snippet puts around matched words.
std::string strip_marks(std::string_view text);

}  // namespace crossboard::analysis
