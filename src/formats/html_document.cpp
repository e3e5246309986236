// HTML pages to translate: block elements (paragraphs, headings, list items, cells) become
// blocks, inline elements (b, a, span…) inline codes around their text, <br> and <img>
// placeholders. Pages with scripts are refused: their text may be written by the script, and a
// translated copy would run it.

#include <array>
#include <string_view>

#include "document_builder.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/documents.hpp"
#include "mizan/text/input.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

// HTML 4.01 / HTML5 elements that start a new block of text (the "flow" elements that browsers
// lay out as blocks), and those whose content is never text to translate.
constexpr std::array<std::string_view, 33> kBlockElements = {
    "p",          "h1",      "h2",      "h3",     "h4",     "h5",         "h6",
    "li",         "dt",      "dd",      "td",     "th",     "caption",    "title",
    "div",        "section", "article", "header", "footer", "blockquote", "pre",
    "figcaption", "address", "ul",      "ol",     "dl",     "table",      "tr",
    "body",       "main",    "nav",     "aside",  "option"};
constexpr std::array<std::string_view, 6> kSkippedElements = {"style",  "head",     "noscript",
                                                              "object", "template", "svg"};
constexpr std::array<std::string_view, 5> kPlaceholderElements = {"br", "img", "hr", "wbr",
                                                                  "input"};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

std::string name_of(const xmlNode* node) {
  return node->name == nullptr ? "" : reinterpret_cast<const char*>(node->name);
}

// "<a href=\"x\">" as written back: the element with its attributes.
std::string start_tag(const xmlNode* node) {
  std::string tag = "<" + name_of(node);
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    tag += " " + std::string(reinterpret_cast<const char*>(a->name)) + "=\"";
    xml::append_attribute_value(tag, xml::attribute(node, reinterpret_cast<const char*>(a->name)));
    tag += "\"";
  }
  return tag + ">";
}

class HtmlReader {
 public:
  explicit HtmlReader(const std::string& path) : path_(path), builder_(path, "html") {}

  SourceDocument read() {
    const std::string html = text::read_text_file(path_);
    const xml::DocPtr doc = xml::parse_html_document(html, path_);
    walk(xmlDocGetRootElement(doc.get()), false);
    return builder_.finish();
  }

 private:
  void refuse_scripts(const xmlNode* node) const {
    const std::string name = name_of(node);
    const SourceLocation where{.file = path_, .line = xmlGetLineNo(node)};
    if (name == "script") {
      throw Error(ExitCode::kDataError,
                  "the page has a <script>: a page with scripts is refused (its text may come "
                  "from the script); remove them and try again",
                  where);
    }
    for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
      const std::string attr = reinterpret_cast<const char*>(a->name);
      const std::string value = xml::attribute(node, attr.c_str());
      if ((attr.size() > 2 && attr.compare(0, 2, "on") == 0) ||
          value.rfind("javascript:", 0) == 0) {
        throw Error(ExitCode::kDataError,
                    "<" + name + " " + attr +
                        "> runs a script: a page with scripts is refused; remove it and try again",
                    where);
      }
    }
  }

  void walk(const xmlNode* node, bool preformatted) {
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        builder_.text(xml::text_content(node), preformatted,
                      "line " + std::to_string(xmlGetLineNo(node)));
        continue;
      }
      if (node->type != XML_ELEMENT_NODE) continue;
      refuse_scripts(node);
      const std::string name = name_of(node);
      if (is_one_of(name, kSkippedElements)) {
        check_subtree(node->children);
        continue;
      }
      if (is_one_of(name, kPlaceholderElements)) {
        builder_.placeholder(start_tag(node));
        // A line break separates words (and sentences: "equipment.<br>The") as a space does.
        if (name == "br") builder_.text(" ", false, {});
      } else if (is_one_of(name, kBlockElements)) {
        builder_.end_block();
        walk(node->children, preformatted || name == "pre");
        builder_.end_block();
      } else {
        const std::string id = builder_.open(start_tag(node));
        walk(node->children, preformatted);
        builder_.close(id, "</" + name + ">");
      }
    }
  }

  // Skipped content is not translated, but a script in it is still a script.
  void check_subtree(const xmlNode* node) {
    for (; node != nullptr; node = node->next) {
      if (node->type != XML_ELEMENT_NODE) continue;
      refuse_scripts(node);
      check_subtree(node->children);
    }
  }

  const std::string& path_;
  DocumentBuilder builder_;
};

}  // namespace

SourceDocument read_html_document(const std::string& path) {
  return HtmlReader(path).read();
}

}  // namespace mizan::formats
