#include "mizan/tm/store.hpp"

#include "mizan/text/clean.hpp"
#include "mizan/text/lines.hpp"

namespace mizan::tm {

AddResult Store::add(const TranslationUnit& unit) {
  std::unique_ptr<ImportSession> session = begin_import();
  const AddResult result = session->add(unit);
  session->commit();
  return result;
}

std::string normalise_segment(std::string_view text) {
  // clean() has turned every CR into LF, so trim() takes off what the memory always took off.
  return std::string(text::trim(text::clean(text)));
}

}  // namespace mizan::tm
