#include "mizan/formats/unit_io.hpp"

#include <algorithm>

namespace mizan::formats {

bool ExportFilter::accepts(const TranslationUnit& unit) const {
  if (unit.confidence < min_confidence) return false;
  const std::int64_t date = unit.changed != 0 ? unit.changed : unit.created;
  if (date < changed_from || date > changed_to) return false;
  if (documents.empty()) return true;
  return std::any_of(unit.origins.begin(), unit.origins.end(), [&](const TuOrigin& o) {
    return std::find(documents.begin(), documents.end(), o.document) != documents.end();
  });
}

}  // namespace mizan::formats
