// read_docx: word/document.xml walked paragraph by paragraph, with styles and numbering applied.
#include "corpus/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <array>
#include <map>
#include <memory>
#include <optional>

namespace crossboard::corpus {

namespace {

// A docx entry larger than this (uncompressed) is refused: minutes are never
// that big, and a zip bomb must not exhaust memory.
constexpr zip_uint64_t kMaxEntryBytes = 64u << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipCloser>;
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// An entry's bytes, nullopt if absent; `error` set if present but unreadable.
std::optional<std::string> read_entry(zip_t* zip, const char* name, std::string& error) {
  zip_int64_t index = zip_name_locate(zip, name, 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip, index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > kMaxEntryBytes) {
    error = std::string("damaged or oversized Word file: ") + name + " unpacks to over 64 MB";
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen_index(zip, index, 0);
  if (!file) {
    error = std::string("damaged Word file: cannot unpack ") + name + " (" + zip_strerror(zip) + ")";
    return std::nullopt;
  }
  std::string out;
  char buffer[65536];
  zip_int64_t n = 0;
  while ((n = zip_fread(file, buffer, sizeof buffer)) > 0 && out.size() <= kMaxEntryBytes) out.append(buffer, n);
  zip_fclose(file);
  if (n < 0) error = std::string("damaged Word file: ") + name + " is truncated or corrupt";
  else if (out.size() > kMaxEntryBytes) error = std::string("oversized Word file: ") + name + " unpacks to over 64 MB";
  return error.empty() ? std::optional<std::string>(std::move(out)) : std::nullopt;
}

XmlDoc parse_xml(const std::string& xml) {
  return XmlDoc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "docx.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name);
}

const xmlNode* child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next)
    if (named(c, name)) return c;
  return nullptr;
}

// The w:val attribute of `node`, empty if absent.
std::string val(const xmlNode* node) {
  if (!node) return "";
  xmlChar* v = xmlGetProp(node, BAD_CAST "val");
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

// <w:b/> and <w:b w:val="true"/> switch bold on; w:val="0" or "false" off.
bool switched_on(const xmlNode* toggle) {
  if (!toggle) return false;
  std::string v = val(toggle);
  return v != "0" && v != "false" && v != "off";
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Paragraph styles that make a paragraph read as a heading: bold in the
// style itself, through the styles it is based on, or a Heading/Title style.
std::map<std::string, bool> bold_styles(const xmlDoc* styles) {
  std::map<std::string, bool> bold;
  std::map<std::string, std::string> based_on;
  for (const xmlNode* s = styles ? xmlDocGetRootElement(const_cast<xmlDoc*>(styles))->children : nullptr; s; s = s->next) {
    if (!named(s, "style")) continue;
    xmlChar* id = xmlGetProp(s, BAD_CAST "styleId");
    if (!id) continue;
    std::string style = reinterpret_cast<const char*>(id);
    xmlFree(id);
    std::string name = lower(val(child(s, "name")));
    bold[style] = switched_on(child(child(s, "rPr"), "b")) || name.starts_with("heading") || name == "title";
    based_on[style] = val(child(s, "basedOn"));
  }
  std::map<std::string, bool> inherited = bold;
  for (auto& [style, is_bold] : inherited) {
    std::string parent = based_on[style];
    for (int depth = 0; !is_bold && bold.contains(parent) && depth < 10; ++depth) {
      is_bold = bold[parent];
      parent = based_on[parent];
    }
  }
  return inherited;
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> kNumerals[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                         {100, "c"},  {90, "xc"},   {50, "l"},  {40, "xl"},
                                                         {10, "x"},   {9, "ix"},    {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (auto [value, numeral] : kNumerals)
    for (; n >= value; n -= value) out += numeral;
  if (upper)
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string format_number(int n, const std::string& format) {
  if (format == "lowerLetter" || format == "upperLetter") {
    std::string letters(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('a' + (n - 1) % 26));
    if (format == "upperLetter") for (char& c : letters) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return letters;
  }
  if (format == "lowerRoman" || format == "upperRoman") return roman(n, format == "upperRoman");
  if (format == "none") return "";
  return std::to_string(n);
}

// Word's automatic numbering: numbering.xml's levels, and counters kept as
// the document is read, so "1.", "2.", "(a)" come out as Word shows them.
class Numbering {
 public:
  explicit Numbering(const xmlDoc* numbering);

  // The label of the next paragraph numbered numId at level ilvl: "3.",
  // "2.1", "•" for a bullet; empty if the numbering is unknown.
  std::string next(const std::string& num_id, int ilvl);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text = "%1.";
    int start = 1;
  };
  std::map<std::string, std::array<Level, 9>> abstract_;
  std::map<std::string, std::string> num_to_abstract_;
  std::map<std::string, std::array<int, 9>> counters_;
};

Numbering::Numbering(const xmlDoc* numbering) {
  const xmlNode* root = numbering ? xmlDocGetRootElement(const_cast<xmlDoc*>(numbering)) : nullptr;
  for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
    if (named(n, "abstractNum")) {
      xmlChar* id = xmlGetProp(n, BAD_CAST "abstractNumId");
      std::array<Level, 9>& levels = abstract_[id ? reinterpret_cast<const char*>(id) : ""];
      xmlFree(id);
      for (const xmlNode* l = n->children; l; l = l->next) {
        if (!named(l, "lvl")) continue;
        xmlChar* ilvl = xmlGetProp(l, BAD_CAST "ilvl");
        int level = ilvl ? std::atoi(reinterpret_cast<const char*>(ilvl)) : 0;
        xmlFree(ilvl);
        if (level < 0 || level > 8) continue;
        levels[level].format = val(child(l, "numFmt"));
        levels[level].text = val(child(l, "lvlText"));
        std::string start = val(child(l, "start"));
        levels[level].start = start.empty() ? 1 : std::atoi(start.c_str());
      }
    } else if (named(n, "num")) {
      xmlChar* id = xmlGetProp(n, BAD_CAST "numId");
      if (id) num_to_abstract_[reinterpret_cast<const char*>(id)] = val(child(n, "abstractNumId"));
      xmlFree(id);
    }
  }
}

std::string Numbering::next(const std::string& num_id, int ilvl) {
  auto found = num_to_abstract_.find(num_id);
  if (found == num_to_abstract_.end() || ilvl < 0 || ilvl > 8) return "";
  const std::array<Level, 9>& levels = abstract_[found->second];
  if (levels[ilvl].format == "bullet") return "\u2022";
  std::array<int, 9>& counts = counters_.try_emplace(found->second, std::array<int, 9>{}).first->second;
  counts[ilvl] = counts[ilvl] == 0 ? levels[ilvl].start : counts[ilvl] + 1;
  for (int deeper = ilvl + 1; deeper < 9; ++deeper) counts[deeper] = 0;
  std::string label;
  const std::string& text = levels[ilvl].text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int k = text[++i] - '1';
      label += format_number(std::max(counts[k], levels[k].start), levels[k].format);
    } else {
      label += text[i];
    }
  }
  return label;
}

// Walks the document body into markup lines.
class BodyReader {
 public:
  BodyReader(std::map<std::string, bool> bold_styles, Numbering numbering)
      : bold_styles_(std::move(bold_styles)), numbering_(std::move(numbering)) {}

  std::vector<MarkupLine> read(const xmlNode* body);

 private:
  void read_blocks(const xmlNode* parent);
  void read_table(const xmlNode* table);
  std::string cell_markup(const xmlNode* cell);
  std::string paragraph_markup(const xmlNode* p, bool in_cell);
  void runs_markup(const xmlNode* parent, std::string& out, bool in_cell);
  void count_page_breaks(const xmlNode* node);

  std::map<std::string, bool> bold_styles_;
  Numbering numbering_;
  std::vector<MarkupLine> lines_;
  int page_ = 1;
  int breaks_ = 0;
};

std::vector<MarkupLine> BodyReader::read(const xmlNode* body) {
  read_blocks(body);
  // Without rendered page breaks the pages are unknown, not all page 1.
  if (breaks_ == 0)
    for (MarkupLine& line : lines_) line.page = 0;
  return std::move(lines_);
}

void BodyReader::read_blocks(const xmlNode* parent) {
  for (const xmlNode* n = parent->children; n; n = n->next) {
    if (named(n, "p")) {
      int page = page_;
      std::string markup = paragraph_markup(n, false);
      if (!markup.empty()) lines_.push_back({std::move(markup), page});
    } else if (named(n, "tbl")) {
      read_table(n);
    } else if (named(n, "sdt") || named(n, "sdtContent") || named(n, "customXml")) {
      read_blocks(n);
    }
  }
}

void BodyReader::read_table(const xmlNode* table) {
  for (const xmlNode* row = table->children; row; row = row->next) {
    if (!named(row, "tr")) continue;
    int page = page_;
    std::string markup;
    bool first = true;
    for (const xmlNode* cell = row->children; cell; cell = cell->next) {
      if (!named(cell, "tc")) continue;
      if (!first) markup += '\t';
      markup += cell_markup(cell);
      first = false;
    }
    lines_.push_back({std::move(markup), page});
  }
}

// A cell's paragraphs as <p> blocks; a nested table's cells read in order.
std::string BodyReader::cell_markup(const xmlNode* cell) {
  std::string out;
  for (const xmlNode* n = cell->children; n; n = n->next) {
    if (named(n, "p")) {
      std::string p = paragraph_markup(n, true);
      if (!p.empty()) out += (p.starts_with("<li>") ? "" : "<p>") + p;
    } else if (named(n, "tbl")) {
      for (const xmlNode* row = n->children; row; row = row->next)
        for (const xmlNode* c = row->children; c; c = c->next)
          if (named(c, "tc")) out += cell_markup(c);
    } else if (named(n, "sdt")) {
      if (const xmlNode* content = child(n, "sdtContent")) out += cell_markup(content);
    }
  }
  return out;
}

// One paragraph: its number or bullet, then its runs, bold if its style is.
std::string BodyReader::paragraph_markup(const xmlNode* p, bool in_cell) {
  const xmlNode* props = child(p, "pPr");
  std::string text;
  runs_markup(p, text, in_cell);
  if (text.find_first_not_of(" \t") == std::string::npos) return "";
  auto style = bold_styles_.find(val(child(props, "pStyle")));
  if (style != bold_styles_.end() && style->second) text = "<b>" + text + "</b>";
  const xmlNode* num = child(props, "numPr");
  std::string label = num ? numbering_.next(val(child(num, "numId")), std::atoi(val(child(num, "ilvl")).c_str())) : "";
  if (label == "\u2022") return "<li>" + text;
  if (!label.empty()) return escape_markup(label) + (in_cell ? " " : "\t") + text;
  return text;
}

// Text of runs, hyperlinks, insertions and fields; deleted text left out.
void BodyReader::runs_markup(const xmlNode* parent, std::string& out, bool in_cell) {
  for (const xmlNode* n = parent->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || named(n, "pPr") || named(n, "del") || named(n, "instrText")) continue;
    if (!named(n, "r")) {
      runs_markup(n, out, in_cell);
      continue;
    }
    bool bold = switched_on(child(child(n, "rPr"), "b"));
    std::string run;
    for (const xmlNode* part = n->children; part; part = part->next) {
      if (named(part, "t")) {
        xmlChar* content = xmlNodeGetContent(part);
        run += escape_markup(content ? reinterpret_cast<const char*>(content) : "");
        xmlFree(content);
      } else if (named(part, "tab")) {
        run += in_cell ? " " : "\t";
      } else if (named(part, "br") || named(part, "cr")) {
        xmlChar* type = xmlGetProp(part, BAD_CAST "type");
        bool page_break = type && xmlStrEqual(type, BAD_CAST "page");
        xmlFree(type);
        if (page_break) ++page_, ++breaks_;
        else run += "<br>";
      } else if (named(part, "lastRenderedPageBreak")) {
        ++page_, ++breaks_;
      }
    }
    out += bold && !run.empty() ? "<b>" + run + "</b>" : run;
  }
}

// Opens the zip and reads the parts read_docx needs; sets `error` on failure.
struct DocxParts {
  XmlDoc document, styles, numbering;
};

DocxParts open_parts(std::string_view bytes, std::string& error) {
  DocxParts parts;
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  ZipArchive zip(source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : nullptr);
  if (!zip) {
    if (source) zip_source_free(source);
    error = std::string("damaged Word file: not a readable zip archive (") + zip_error_strerror(&zerr) + ")";
    zip_error_fini(&zerr);
    return parts;
  }
  zip_error_fini(&zerr);
  std::optional<std::string> document = read_entry(zip.get(), "word/document.xml", error);
  if (!document) {
    if (error.empty() && zip_name_locate(zip.get(), "content.xml", 0) >= 0)
      error = "OpenDocument files (.odt) are not supported; save as .docx or PDF";
    else if (error.empty())
      error = "zip archive without word/document.xml: not a Word document";
    return parts;
  }
  parts.document = parse_xml(*document);
  if (!parts.document || !xmlDocGetRootElement(parts.document.get())) {
    error = "damaged Word file: word/document.xml is not well-formed XML";
    return parts;
  }
  std::string ignored;
  if (auto styles = read_entry(zip.get(), "word/styles.xml", ignored)) parts.styles = parse_xml(*styles);
  if (auto numbering = read_entry(zip.get(), "word/numbering.xml", ignored)) parts.numbering = parse_xml(*numbering);
  return parts;
}

}  // namespace

FormatText read_docx(std::string_view bytes) {
  FormatText result;
  DocxParts parts = open_parts(bytes, result.error);
  if (!result.error.empty()) return result;
  const xmlNode* body = child(xmlDocGetRootElement(parts.document.get()), "body");
  if (!body) {
    result.error = "damaged Word file: word/document.xml has no body";
    return result;
  }
  BodyReader reader(bold_styles(parts.styles.get()), Numbering(parts.numbering.get()));
  result.text = text_from_markup(reader.read(body));
  return result;
}

}  // namespace crossboard::corpus
