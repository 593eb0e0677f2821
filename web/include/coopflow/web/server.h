#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "coopflow/engine/clock.h"
#include "coopflow/engine/registry.h"

// `coopflow serve`: the same engine over HTTP, for the browser (pages) and
// for scripts (the JSON API of docs/api.md).
namespace coopflow::web {

struct ServeOptions {
  std::string db;                         // the database file
  std::string listen = "127.0.0.1:8080";  // address:port (IPv6 as [::1]:8080)
  std::string seal_key;                   // every write seals its head with it ("" none)
  // TLS ends at a reverse proxy: cookies are Secure, and the client's address
  // is the last one the proxy appended to X-Forwarded-For.
  bool behind_proxy = false;
  int threads = 0;                    // 0: one per core, at least 2
  std::size_t max_connections = 256;  // more wait in the kernel's backlog
  std::size_t max_header_bytes = std::size_t{8} * 1024;
  std::size_t max_body_bytes = std::size_t{256} * 1024;
  // A document uploaded from a page: the engine's 25 MiB and the form around
  // it, at most max_uploads at a time (the others are told to retry), each
  // within upload_time.
  std::size_t max_upload_bytes = std::size_t{25} * 1024 * 1024 + std::size_t{64} * 1024;
  std::size_t max_uploads = 2;
  std::chrono::seconds upload_time{120};
  // To receive a whole request, or the next one on a kept-alive connection,
  // and to take a response.
  std::chrono::seconds request_time{20};
};

// Serves until SIGTERM or SIGINT, then stops accepting, finishes the
// requests in flight and returns. Throws engine errors for a database or an
// address it cannot use, before serving anything. Logs one line per event
// that matters (start, stop, refused connections) to log.
void serve(const ServeOptions& options, const engine::Registry& registry,
           const engine::Clock& clock, std::ostream& log);

// "METHOD /path/{param}" for every route the server answers, in table order.
std::vector<std::string> route_list();

}  // namespace coopflow::web
