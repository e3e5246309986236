#include "mizan/tm/store.hpp"

#include "mizan/text/clean.hpp"

namespace mizan::tm {

AddResult Store::add(const TranslationUnit& unit) {
  std::unique_ptr<ImportSession> session = begin_import();
  const AddResult result = session->add(unit);
  session->commit();
  return result;
}

std::string normalise_segment(std::string_view text) {
  std::string s = text::clean(text);
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b]))
    ++b;
  while (e > b && is_space(s[e - 1]))
    --e;
  return s.substr(b, e - b);
}

}  // namespace mizan::tm
