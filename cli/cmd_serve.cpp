// serve: the browser's coopflow and the JSON API, on loopback by default.
#include <iostream>

#include "cli.h"
#include "coopflow/web/server.h"

namespace coopflow::cli {

void add_serve_command(CLI::App& app, Cli& cli) {
  struct Args {
    web::ServeOptions options;
    bool routes = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "serve",
      say("serve the pages and the JSON API over HTTP (TLS: a reverse proxy, docs/deploy.md)"));
  cmd->add_option("--listen", args->options.listen, say("ADDRESS:PORT (default 127.0.0.1:8080)"));
  cmd->add_flag("--behind-proxy", args->options.behind_proxy,
                say("TLS ends at a reverse proxy: Secure cookies, the client's address from "
                    "X-Forwarded-For"));
  cmd->add_option("--threads", args->options.threads,
                  say("threads answering, 1 to 64 (default: one per core)"))
      ->check(CLI::Range(1, 64).description(""));
  cmd->add_flag("--routes", args->routes, say("list every route the server answers, then exit"));
  cmd->callback([&cli, args] {
    if (args->routes) {
      for (const auto& r : web::route_list()) std::cout << r << "\n";
      return;
    }
    args->options.db = cli.db;
    args->options.seal_key = cli.seal_key;
    web::serve(args->options, cli.registry, cli.clock, std::cerr);
  });
}

}  // namespace coopflow::cli
