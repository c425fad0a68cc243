// read_html: libxml2's forgiving HTML parser, the page's main content walked into markup lines.
#include "corpus/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

namespace crossboard::corpus {

namespace {

struct HtmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string name_of(const xmlNode* node) { return lower(reinterpret_cast<const char*>(node->name)); }

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, BAD_CAST name);
  std::string out = v ? lower(reinterpret_cast<const char*>(v)) : "";
  xmlFree(v);
  return out;
}

bool is_element(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }

// Page furniture that is never minutes text.
bool is_furniture(const xmlNode* node, bool drop_header) {
  static const std::set<std::string> kTags = {"nav",    "aside",  "footer", "script", "style",  "noscript",
                                              "form",   "iframe", "svg",    "template", "button", "select",
                                              "head",   "object", "canvas", "dialog"};
  std::string tag = name_of(node);
  if (kTags.contains(tag) || (drop_header && tag == "header")) return true;
  std::string role = attribute(node, "role");
  if (role == "navigation" || role == "contentinfo" || role == "search" || (drop_header && role == "banner"))
    return true;
  std::string id_class = attribute(node, "id") + " " + attribute(node, "class");
  return id_class.find("breadcrumb") != std::string::npos || id_class.find("cookie") != std::string::npos ||
         id_class.find("skip-link") != std::string::npos;
}

// The node after `n` in document order below `top`, children first. Walking
// with it instead of recursing keeps the stack flat however deep a page nests.
const xmlNode* next_in_order(const xmlNode* n, const xmlNode* top) {
  if (n->children) return n->children;
  while (n && n != top) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}

// The first element at or after `node` (and its following siblings), depth first, that `matches`.
template <typename Match>
const xmlNode* find_element(const xmlNode* node, const Match& matches) {
  if (!node) return nullptr;
  const xmlNode* top = node->parent;
  for (const xmlNode* n = node; n; n = next_in_order(n, top))
    if (is_element(n) && matches(n)) return n;
  return nullptr;
}

// The page's main content: <main>, role=main, <article>, #content, else <body>.
const xmlNode* main_content(const xmlNode* root) {
  static const std::set<std::string> kContentIds = {"content", "main-content", "maincontent", "main", "mgcontent"};
  const auto main = [](const xmlNode* n) { return name_of(n) == "main" || attribute(n, "role") == "main"; };
  const auto article = [](const xmlNode* n) { return name_of(n) == "article"; };
  const auto content = [](const xmlNode* n) { return kContentIds.contains(attribute(n, "id")); };
  for (const xmlNode* found : {find_element(root, main), find_element(root, article), find_element(root, content)})
    if (found) return found;
  const xmlNode* body = find_element(root, [](const xmlNode* n) { return name_of(n) == "body"; });
  return body ? body : root;
}

bool is_block(const std::string& tag) {
  static const std::set<std::string> kBlocks = {
      "p",  "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
      "pre", "section", "article", "main", "header", "address", "figure", "figcaption", "caption", "hr", "br",
      "table", "tr", "center"};
  return kBlocks.contains(tag);
}

bool is_heading(const std::string& tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// True for a table used to lay out a page rather than hold rows of data: it
// holds another table or a heading.
bool is_layout_table(const xmlNode* table) {
  return find_element(table->children, [](const xmlNode* n) {
           std::string tag = name_of(n);
           return tag == "table" || is_heading(tag);
         }) != nullptr;
}

// Walks content into markup lines: blocks end a line, table rows become one
// line of tab-separated cells; inside a cell blocks become <p>/<li> marks.
class ContentWriter {
 public:
  explicit ContentWriter(bool drop_header) : drop_header_(drop_header) {}

  std::vector<MarkupLine> write(const xmlNode* root) {
    walk(root);
    end_line();
    return std::move(lines_);
  }

 private:
  void walk(const xmlNode* node);
  void element(const xmlNode* node);
  void flat_text(const xmlNode* node);
  void table_row(const xmlNode* row);
  void end_line() {
    if (current_.find_first_not_of(" \t") != std::string::npos) lines_.push_back({current_, 0});
    current_.clear();
  }

  bool drop_header_;
  int cell_depth_ = 0;  // > 0 while writing a table cell
  int depth_ = 0;       // elements open in walk()
  int pre_depth_ = 0;
  std::string current_;
  std::vector<MarkupLine> lines_;
};

void ContentWriter::walk(const xmlNode* node) {
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      std::string_view text = n->content ? reinterpret_cast<const char*>(n->content) : "";
      // In <pre> a newline ends a line, as in the text path.
      for (size_t newline; pre_depth_ && !cell_depth_ && (newline = text.find('\n')) != text.npos;) {
        current_ += escape_markup(text.substr(0, newline));
        end_line();
        text.remove_prefix(newline + 1);
      }
      current_ += escape_markup(text);
    } else if (is_element(n) && !is_furniture(n, drop_header_)) {
      element(n);
    }
  }
}

// Elements nested deeper than this are not followed as structure: no page
// nests its minutes so deep, and a hostile page 20,000 levels deep would
// overflow the stack. Their text is still kept (flat_text).
constexpr int kMaxStructureDepth = 200;

// The text of `node`'s subtree without recursion: a block element is a
// line of its own (a paragraph within a table cell), furniture is left out.
void ContentWriter::flat_text(const xmlNode* node) {
  auto block_edge = [&] {
    if (cell_depth_) current_ += " <p>";
    else end_line();
  };
  for (const xmlNode* n = node->children; n;) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      current_ += escape_markup(n->content ? reinterpret_cast<const char*>(n->content) : "");
    } else if (is_element(n) && !is_furniture(n, drop_header_)) {
      if (is_block(name_of(n))) block_edge();
      if (n->children) {
        n = n->children;
        continue;
      }
    }
    // Leave n; each block left on the way up ends its line.
    while (n != node && !n->next) {
      n = n->parent;
      if (n != node && is_block(name_of(n))) block_edge();
    }
    n = n == node ? nullptr : n->next;
  }
}

void ContentWriter::element(const xmlNode* node) {
  if (depth_ >= kMaxStructureDepth) {
    flat_text(node);
    return;
  }
  struct Depth {
    int& d;
    explicit Depth(int& depth) : d(++depth) {}
    ~Depth() { --d; }
  } depth(depth_);
  std::string tag = name_of(node);
  if (tag == "tr" && !cell_depth_) return table_row(node);
  bool block = is_block(tag) || tag == "td" || tag == "th";
  if (block) {
    if (cell_depth_) current_ += tag == "li" ? "<li>" : " <p>";
    else end_line();
  }
  if (tag == "li" && !cell_depth_) current_ += "<li>";
  bool bold = tag == "b" || tag == "strong" || is_heading(tag);
  if (bold) current_ += "<b>";
  if (tag == "pre") ++pre_depth_;
  walk(node);
  if (tag == "pre") --pre_depth_;
  if (bold) current_ += "</b>";
  if (block && !cell_depth_) end_line();
}

// One <tr>: its cells joined by tabs, unless it lays out a page.
void ContentWriter::table_row(const xmlNode* row) {
  end_line();
  const xmlNode* table = row->parent;
  while (table && name_of(table) != "table") table = table->parent;
  if (table && is_layout_table(table)) {
    walk(row);
    end_line();
    return;
  }
  std::string line;
  bool first = true;
  ++cell_depth_;
  for (const xmlNode* cell = row->children; cell; cell = cell->next) {
    if (!is_element(cell) || is_furniture(cell, drop_header_)) continue;
    std::string tag = name_of(cell);
    if (tag != "td" && tag != "th") continue;
    current_.clear();
    walk(cell);
    if (!first) line += '\t';
    line += tag == "th" ? "<b>" + current_ + "</b>" : current_;
    first = false;
  }
  --cell_depth_;
  current_ = line;
  end_line();
}

// libxml2 decodes by the page's <meta charset>; without one, UTF-8 if it is.
const char* encoding_for(std::string_view bytes) {
  if (lower(std::string(bytes.substr(0, 2048))).find("charset") != std::string::npos) return nullptr;
  std::string terminated(bytes);
  return xmlCheckUTF8(reinterpret_cast<const unsigned char*>(terminated.c_str())) ? "UTF-8" : "windows-1252";
}

// libxml2 checks each attribute of a tag against all before it, so a tag's
// cost grows with the square of its attributes (80,000 took 14 s). No page
// of minutes comes near this many on one tag.
constexpr size_t kMaxAttributesPerTag = 2000;

// The most attributes any one tag of `bytes` has, read cheaply: the runs of
// non-space outside quotes after a tag's name, up to its `>`.
size_t most_attributes(std::string_view bytes) {
  size_t most = 0, count = 0;
  bool in_tag = false, in_word = false;
  char quote = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (!in_tag) {
      if (c == '<' && i + 1 < bytes.size() && std::isalpha(static_cast<unsigned char>(bytes[i + 1]))) {
        in_tag = true;
        count = 0;
        in_word = true;  // the tag's name
      }
      continue;
    }
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      in_tag = false;
      most = std::max(most, count);
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      in_word = false;
    } else if (!in_word && c != '=' && c != '/') {
      in_word = true;
      ++count;
    }
  }
  return in_tag ? std::max(most, count) : most;
}

}  // namespace

FormatText read_html(std::string_view bytes) {
  FormatText result;
  if (size_t most = most_attributes(bytes); most > kMaxAttributesPerTag) {
    result.error = "HTML page with a tag of " + std::to_string(most) + " attributes (over " +
                   std::to_string(kMaxAttributesPerTag) + "): not read, it would take minutes to parse";
    return result;
  }
  std::unique_ptr<xmlDoc, HtmlDocFree> doc(htmlReadMemory(
      bytes.data(), static_cast<int>(bytes.size()), "page.html", encoding_for(bytes),
      // XML_PARSE_HUGE: without it libxml2 drops everything after the
      // 256th level of nesting, silently under RECOVER.
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    result.error = "damaged HTML page: no document element";
    return result;
  }
  const xmlNode* content = main_content(root);
  bool drop_header = name_of(content) == "body" || content == root;
  std::vector<MarkupLine> lines = ContentWriter(drop_header).write(content);
  result.text = text_from_markup(lines);
  return result;
}

}  // namespace crossboard::corpus
