#pragma once
// The request checks and answers every route shares: JSON errors, percent-encoding and UTF-8
// checks, bearer tokens, query parameters and JSON bodies with a depth limit.

#include <httplib.h>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/core/language.hpp"

namespace mizan::server {

/// A request the server refuses: the HTTP status and a message for the client. Thrown by checks
/// and handlers; the route wrapper turns it into a JSON error answer.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  int status() const noexcept { return status_; }

 private:
  int status_;
};

/// {"error": {"status": N, "message": "..."}} as the body of `res`, with the status set.
void set_json_error(httplib::Response& res, int status, std::string_view message);

/// A JSON body (UTF-8, application/json) with status 200.
void set_json(httplib::Response& res, std::string body);

/// Where the request's target breaks RFC 3986 section 2.1 (a '%' not followed by two hex
/// digits), or npos. The HTTP library leaves such escapes as they are; mizan refuses them.
std::size_t find_bad_percent_escape(std::string_view target);

/// 400 unless the target is a path ("/..."), its escapes are well formed, and the decoded path
/// and every query parameter are valid UTF-8.
void check_target(const httplib::Request& req);

/// True when `req` carries "Authorization: Bearer T" with T one of `tokens` (compared in time
/// independent of where they differ).
bool has_valid_token(const httplib::Request& req, const std::vector<std::string>& tokens);

/// The query parameter `name`, or nullopt when absent.
std::optional<std::string> param(const httplib::Request& req, const char* name);
/// The query parameter `name`, or 400 naming it.
std::string required_param(const httplib::Request& req, const char* name);
/// The integer query parameter `name` within [low, high], `fallback` when absent; else 400.
long long int_param(const httplib::Request& req, const char* name, long long fallback,
                    long long low, long long high);
/// "en", "ar" or "auto" (by the script of `text`); else 400 naming the parameter.
Language language_param(const httplib::Request& req, const char* name, std::string_view text);

/// The body parsed as JSON, refusing invalid UTF-8, syntax errors and nesting deeper than
/// `max_depth` before the document is built (a JSON bomb costs no memory): 400 with where.
nlohmann::json parse_json_body(const httplib::Request& req, int max_depth);

/// The string member `key` of a JSON object: "" when absent and `required` is false, else 400.
std::string string_member(const nlohmann::json& object, const char* key, bool required);

}  // namespace mizan::server
