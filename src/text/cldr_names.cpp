#include "mizan/text/cldr_names.hpp"

#include "cldr_names_data.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/lines.hpp"

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
  LineReader rows(bytes);
  for (std::string_view row; rows.next(row);) {
    const std::vector<std::string_view> f = split(row, '\t');
    if (f.size() != 3) {
      throw Error(ExitCode::kSoftware, "expected kind<TAB>en<TAB>ar",
                  {.file = "cldr_names_data.hpp", .line = rows.number()});
    }
    names.push_back({kind_of(f[0], rows.number()), f[1], f[2]});
  }
  return names;
}

}  // namespace

const std::vector<CldrName>& cldr_names() {
  static const std::vector<CldrName> kNames = read_table();
  return kNames;
}

}  // namespace mizan::text
