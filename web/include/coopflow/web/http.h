#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

// A request and a response as the handlers see them, free of the HTTP
// library: the server (Boost.Beast) fills one and sends the other.
namespace coopflow::web {

struct Request {
  std::string method;                          // GET, POST, DELETE...
  std::string path;                            // decoded, without the query
  std::map<std::string, std::string> query;    // decoded
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string client;  // the client's address (the proxy's, unless trusted)

  // A query parameter's value, or "".
  std::string parameter(const std::string& name) const;
  // A header's value, or "".
  std::string header(const std::string& lower_case_name) const;
  // A cookie's value, or "".
  std::string cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // Set-Cookie, Location...
};

// application/x-www-form-urlencoded (a form's body, a query string) as
// name -> value; a name given twice keeps its last value. Malformed escapes
// are taken literally.
std::map<std::string, std::string> parse_form(const std::string& text);
// Percent-decodes a URL path or form value ('+' as space only in forms).
std::string url_decode(const std::string& text, bool plus_is_space);
// Percent-encodes text for a URL path segment or query value.
std::string url_encode(const std::string& text);

}  // namespace coopflow::web
