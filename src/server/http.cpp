#include "http.hpp"

#include <charconv>

#include "mizan/text/input.hpp"
#include "mizan/text/json.hpp"
#include "mizan/text/script.hpp"

namespace mizan::server {

void set_json_error(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content("{\"error\":{\"status\":" + std::to_string(status) +
                      ",\"message\":" + text::json_string(message) + "}}\n",
                  "application/json; charset=utf-8");
}

void set_json(httplib::Response& res, std::string body) {
  res.status = 200;
  body += "\n";
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

std::size_t find_bad_percent_escape(std::string_view target) {
  const auto hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (target[i] != '%') continue;
    if (i + 2 >= target.size() || !hex(target[i + 1]) || !hex(target[i + 2])) return i;
    i += 2;
  }
  return std::string_view::npos;
}

void check_target(const httplib::Request& req) {
  // RFC 9112 section 3.2.1: a server's own resources are asked for in origin-form, "/path?query".
  if (req.target.empty() || req.target.front() != '/')
    throw HttpError(400, "malformed URL: the request target must start with '/'");
  if (const std::size_t at = find_bad_percent_escape(req.target); at != std::string_view::npos) {
    throw HttpError(400, "malformed percent-encoding at byte " + std::to_string(at) +
                             " of the URL (a '%' must be followed by two hex digits)");
  }
  if (text::find_invalid_utf8(req.path) != std::string::npos)
    throw HttpError(400, "the URL path is not valid UTF-8 once decoded");
  for (const auto& [name, value] : req.params) {
    if (text::find_invalid_utf8(name) != std::string::npos ||
        text::find_invalid_utf8(value) != std::string::npos)
      throw HttpError(400, "query parameter \"" + name + "\" is not valid UTF-8 once decoded");
  }
}

bool has_valid_token(const httplib::Request& req, const std::vector<std::string>& tokens) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size() || header.compare(0, kScheme.size(), kScheme) != 0)
    return false;
  const std::string_view given = std::string_view(header).substr(kScheme.size());
  bool found = false;
  for (const std::string& token : tokens) {
    // Every byte compared whatever the first difference, so that the time taken does not say
    // how much of a guess was right.
    unsigned char diff = given.size() == token.size() ? 0 : 1;
    for (std::size_t i = 0; i < token.size(); ++i)
      diff |= static_cast<unsigned char>(token[i] ^ (i < given.size() ? given[i] : 0));
    found |= diff == 0;
  }
  return found;
}

std::optional<std::string> param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

std::string required_param(const httplib::Request& req, const char* name) {
  std::optional<std::string> value = param(req, name);
  if (!value || value->empty())
    throw HttpError(400, std::string("query parameter \"") + name + "\" is required");
  return *value;
}

long long int_param(const httplib::Request& req, const char* name, long long fallback,
                    long long low, long long high) {
  const std::optional<std::string> value = param(req, name);
  if (!value) return fallback;
  long long n = 0;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), n);
  if (ec != std::errc() || end != value->data() + value->size() || n < low || n > high) {
    throw HttpError(400, std::string("query parameter \"") + name + "\" must be an integer " +
                             std::to_string(low) + ".." + std::to_string(high));
  }
  return n;
}

Language language_param(const httplib::Request& req, const char* name, std::string_view text) {
  const std::string value = param(req, name).value_or("auto");
  if (value == "auto") return text::language_by_script(text);
  if (value == "en") return Language::kEnglish;
  if (value == "ar") return Language::kArabic;
  throw HttpError(400, std::string("query parameter \"") + name + "\" must be en, ar or auto");
}

nlohmann::json parse_json_body(const httplib::Request& req, int max_depth) {
  if (req.body.empty()) throw HttpError(400, "the request needs a JSON body");
  if (const std::size_t at = text::find_invalid_utf8(req.body); at != std::string::npos)
    throw HttpError(400, "the body is not valid UTF-8 (byte " + std::to_string(at) + ")");
  // The callback sees every value as it is parsed; refusing at the first too-deep one means a
  // body of a million '[' costs a counter, not a million nested arrays.
  const nlohmann::json::parser_callback_t depth_guard =
      [max_depth](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > max_depth) {
          throw HttpError(
              400, "the JSON body nests deeper than " + std::to_string(max_depth) + " levels");
        }
        return true;
      };
  try {
    return nlohmann::json::parse(req.body, depth_guard);
  } catch (const nlohmann::json::parse_error& e) {
    throw HttpError(
        400, "the body is not JSON: byte " + std::to_string(e.byte) + ": " + std::string(e.what()));
  }
}

std::string string_member(const nlohmann::json& object, const char* key, bool required) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) throw HttpError(400, std::string("the JSON body needs \"") + key + "\"");
    return {};
  }
  if (!it->is_string()) throw HttpError(400, std::string("\"") + key + "\" must be a string");
  return it->get<std::string>();
}

}  // namespace mizan::server
