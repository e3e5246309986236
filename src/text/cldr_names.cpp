#include "mizan/text/cldr_names.hpp"

#include "cldr_names_data.hpp"
#include "mizan/core/error.hpp"

namespace mizan::text {
namespace {

CldrNameKind kind_of(std::string_view name, std::int64_t line) {
  if (name == "country") return CldrNameKind::kCountry;
  if (name == "language") return CldrNameKind::kLanguage;
  if (name == "city") return CldrNameKind::kCity;
  if (name == "month") return CldrNameKind::kMonth;
  if (name == "weekday") return CldrNameKind::kWeekday;
  // The table is generated with mizan: a bad line is a bug of the generator.
  throw Error(ExitCode::kSoftware, "unknown kind \"" + std::string(name) + "\"",
              {.file = "cldr_names_data.hpp", .line = line});
}

std::vector<CldrName> read_table() {
  const std::string_view bytes(builtin::kCldrNames, sizeof builtin::kCldrNames);
  std::vector<CldrName> names;
  std::int64_t line = 0;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view row = bytes.substr(start, end - start);
    start = end + 1;
    ++line;
    const std::size_t tab1 = row.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : row.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      throw Error(ExitCode::kSoftware, "expected kind<TAB>en<TAB>ar",
                  {.file = "cldr_names_data.hpp", .line = line});
    }
    names.push_back({kind_of(row.substr(0, tab1), line), row.substr(tab1 + 1, tab2 - tab1 - 1),
                     row.substr(tab2 + 1)});
  }
  return names;
}

}  // namespace

const std::vector<CldrName>& cldr_names() {
  static const std::vector<CldrName> kNames = read_table();
  return kNames;
}

}  // namespace mizan::text
