#include "mizan/text/lines.hpp"

namespace mizan::text {

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\n\r";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return s.substr(s.size());
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  for (std::size_t from = 0;;) {
    const std::size_t end = line.find(separator, from);
    fields.push_back(line.substr(from, end == std::string_view::npos ? end : end - from));
    if (end == std::string_view::npos) return fields;
    from = end + 1;
  }
}

bool LineReader::next(std::string_view& line) {
  if (next_ >= text_.size()) return false;
  std::size_t end = text_.find('\n', next_);
  if (end == std::string_view::npos) end = text_.size();
  offset_ = next_;
  line = text_.substr(next_, end - next_);
  if (line.ends_with('\r')) line.remove_suffix(1);
  next_ = end + 1;
  ++number_;
  return true;
}

}  // namespace mizan::text
