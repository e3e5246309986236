#include "mizan/formats/srx.hpp"

#include "builtin_srx.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

const xmlNode* child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node ? node->children : nullptr; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xml::local_name(c) == name) return c;
  }
  return nullptr;
}

template <typename F>
void for_children(const xmlNode* node, std::string_view name, F&& f) {
  for (const xmlNode* c = node ? node->children : nullptr; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xml::local_name(c) == name) f(c);
  }
}

}  // namespace

SrxRuleSet parse_srx(std::string_view text, const std::string& source_name) {
  xml::DocPtr doc = xml::parse_document(text, source_name);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (xml::local_name(root) != "srx") {
    throw Error(ExitCode::kDataError, "not an SRX file (root element is not <srx>)",
                {.file = source_name, .line = root ? xmlGetLineNo(root) : -1});
  }
  SrxRuleSet set;
  set.source_name = source_name;
  const xmlNode* header = child(root, "header");
  set.cascade = xml::attribute(header, "cascade", "yes") != "no";
  const xmlNode* body = child(root, "body");
  if (body == nullptr) {
    throw Error(ExitCode::kDataError, "SRX file has no <body>",
                {.file = source_name, .line = xmlGetLineNo(root)});
  }
  for_children(child(body, "languagerules"), "languagerule", [&](const xmlNode* lr) {
    SrxLanguageRules rules;
    rules.name = xml::attribute(lr, "languagerulename");
    for_children(lr, "rule", [&](const xmlNode* r) {
      SrxRule rule;
      rule.is_break = xml::attribute(r, "break", "yes") != "no";
      rule.source_line = static_cast<int>(xmlGetLineNo(r));
      if (const xmlNode* b = child(r, "beforebreak")) rule.before_break = xml::text_content(b);
      if (const xmlNode* a = child(r, "afterbreak")) rule.after_break = xml::text_content(a);
      rules.rules.push_back(std::move(rule));
    });
    set.language_rules.push_back(std::move(rules));
  });
  for_children(child(body, "maprules"), "languagemap", [&](const xmlNode* m) {
    set.maps.push_back(
        {xml::attribute(m, "languagepattern"), xml::attribute(m, "languagerulename")});
  });
  // SRX 1.0 nests languagemap inside <maprule>.
  for_children(child(body, "maprules"), "maprule", [&](const xmlNode* mr) {
    for_children(mr, "languagemap", [&](const xmlNode* m) {
      set.maps.push_back(
          {xml::attribute(m, "languagepattern"), xml::attribute(m, "languagerulename")});
    });
  });
  return set;
}

SrxRuleSet read_srx_file(const std::string& path) {
  return parse_srx(text::read_text_file(path), path);
}

SrxRuleSet builtin_srx() {
  return merge_srx({parse_srx(builtin::kEnglishSrx, "builtin:en.srx"),
                    parse_srx(builtin::kArabicSrx, "builtin:ar.srx")});
}

SrxRuleSet merge_srx(const std::vector<SrxRuleSet>& sets) {
  SrxRuleSet merged;
  merged.cascade = false;
  for (const SrxRuleSet& s : sets) {
    merged.cascade = merged.cascade || s.cascade;
    merged.language_rules.insert(merged.language_rules.end(), s.language_rules.begin(),
                                 s.language_rules.end());
    merged.maps.insert(merged.maps.end(), s.maps.begin(), s.maps.end());
    merged.source_name += (merged.source_name.empty() ? "" : "+") + s.source_name;
  }
  return merged;
}

}  // namespace mizan::formats
