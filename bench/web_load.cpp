// P6: `coopflow serve` under eight keep-alive connections on loopback. Reads
// (a case page, GET /api/cases/{id}) against the same server answering a
// fixed page (the sign-in page: no database), p50 and p99; writes (POST
// .../events) against the engine's own P1 rate (FULL) on the same file, in
// the same run.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <fstream>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "bench_support.h"
#include "benchmarks.h"

namespace coopflow::bench {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

constexpr int kConnections = 8;

// One keep-alive connection to the server.
class Client {
 public:
  explicit Client(int port) : stream_(ioc_) {
    stream_.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                           static_cast<unsigned short>(port)));
  }
  // The status; the body into *body if given.
  int request(http::verb verb, const std::string& target, const std::string& cookie,
              const std::string& csrf = "", const std::string& body = "",
              std::string* reply = nullptr) {
    http::request<http::string_body> req(verb, target, 11);
    req.set(http::field::host, "127.0.0.1");
    if (!cookie.empty()) req.set(http::field::cookie, cookie);
    if (!csrf.empty()) req.set("X-CSRF-Token", csrf);
    req.body() = body;
    req.keep_alive(true);
    req.prepare_payload();
    http::write(stream_, req);
    http::response<http::string_body> res;
    http::read(stream_, buffer_, res);
    if (reply != nullptr) *reply = res.body();
    if (res.result_int() == 200 && verb == http::verb::post && target == "/api/session") {
      for (const auto& f : res) {
        if (f.name() != http::field::set_cookie) continue;
        const std::string v(f.value());
        set_cookies_ += v.substr(0, v.find(';')) + "; ";
      }
    }
    return static_cast<int>(res.result_int());
  }
  const std::string& cookies() const { return set_cookies_; }

 private:
  net::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::string set_cookies_;
};

struct Server {
  int pid = -1;
  int port = 0;
  ~Server() {
    if (pid > 0) {
      ::kill(pid, SIGTERM);
      ::waitpid(pid, nullptr, 0);
    }
  }
};

void start(Server& s, const std::string& db) {
  const std::string err = db + ".serve.err";
  s.pid = ::fork();
  if (s.pid == 0) {
    std::freopen(err.c_str(), "w", stderr);
    std::freopen("/dev/null", "w", stdout);
    ::execl(COOPFLOW_BINARY, "coopflow", "--db", db.c_str(), "serve", "--listen", "127.0.0.1:0",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  for (int i = 0; i < 200 && s.port == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const std::string said = read_text(err);
    const auto at = said.find("http://127.0.0.1:");
    if (at != std::string::npos) s.port = std::stoi(said.substr(at + 17));
  }
  if (s.port == 0) throw std::runtime_error("coopflow serve did not start: " + read_text(err));
}

struct Session {
  std::string cookie, csrf;
};

Session sign_in(int port) {
  Client c(port);
  std::string body;
  c.request(http::verb::post, "/api/session", "", "",
            R"({"user":"alice","password":"bench-password"})", &body);
  return {c.cookies(), nlohmann::json::parse(body).at("csrf")};
}

// Latencies (µs) of `per` GETs on each of kConnections connections at once,
// each target drawn by next(connection, i).
std::vector<double> load(int port, const std::vector<Session>& sessions, int per,
                         const std::function<std::string(int, int)>& next) {
  std::vector<double> all;
  std::mutex mutex;
  std::vector<std::thread> threads;
  for (int t = 0; t < kConnections; ++t) {
    threads.emplace_back([&, t] {
      Client c(port);
      std::vector<double> mine;
      for (int i = 0; i < per; ++i) {
        const auto start = Clock::now();
        c.request(http::verb::get, next(t, i), sessions[static_cast<std::size_t>(t)].cookie);
        mine.push_back(seconds_since(start) * 1e6);
      }
      std::lock_guard<std::mutex> lock(mutex);
      all.insert(all.end(), mine.begin(), mine.end());
    });
  }
  for (auto& th : threads) th.join();
  return all;
}

Figure latency_figure(const char* what, const char* which, double ours, double fixed) {
  char v[32], f[32];
  std::snprintf(v, sizeof v, "%.0f us", ours);
  std::snprintf(f, sizeof f, "%.0f us", fixed);
  return {"P6",
          std::string(what) + " " + which + ", 8 connections",
          v,
          f,
          ours / fixed,
          "<= 3.00",
          ours / fixed <= 3.0};
}

}  // namespace

std::vector<Figure> bench_p6(const Options& opt) {
  const std::string db = bench_dir() + "/p6.db";
  const int cases = 200;
  std::vector<std::string> ids;
  double engine_rate = 0;
  {
    BenchOffice b(db);
    auto& office = *b.office;
    office.batch([&] {
      for (int c = 0; c < cases; ++c) ids.push_back(run_case(office, c, 7));  // in Delivery
    });
    office.set_password({"ada", "bench"}, "alice", "bench-password");
    // The engine's own rate on this file, as P1 (FULL) measures it.
    const Step& log = whole_case()[7];
    const int n = opt.quick ? 200 : 1000;
    const auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
      office.fire(*log.who, ids[static_cast<std::size_t>(i % cases)], log.event, log.fields);
    }
    engine_rate = n / seconds_since(start);
  }
  Server server;
  start(server, db);
  std::vector<Session> sessions;
  for (int t = 0; t < kConnections; ++t) sessions.push_back(sign_in(server.port));
  const int per = opt.quick ? 50 : 400;
  std::vector<double> fixed50, fixed99, page50, page99, api50, api99;
  // Cases spread over the connections without shared state (no generator to race on).
  const auto any_case = [&](const char* prefix) {
    return [&, prefix](int t, int i) {
      const auto k = static_cast<std::size_t>(t) * 7919U + static_cast<std::size_t>(i) * 104729U;
      return std::string(prefix) + ids[k % ids.size()];
    };
  };
  for (int round = 0; round < opt.rounds; ++round) {
    const auto fixed = load(server.port, sessions, per, [](int, int) { return "/login"; });
    const auto page = load(server.port, sessions, per, any_case("/cases/"));
    const auto api = load(server.port, sessions, per, any_case("/api/cases/"));
    fixed50.push_back(percentile(fixed, 0.50));
    fixed99.push_back(percentile(fixed, 0.99));
    page50.push_back(percentile(page, 0.50));
    page99.push_back(percentile(page, 0.99));
    api50.push_back(percentile(api, 0.50));
    api99.push_back(percentile(api, 0.99));
  }
  std::vector<Figure> out;
  out.push_back(latency_figure("case page", "p50", median(page50), median(fixed50)));
  out.push_back(latency_figure("case page", "p99", median(page99), median(fixed99)));
  out.push_back(latency_figure("GET /api/cases/{id}", "p50", median(api50), median(fixed50)));
  out.push_back(latency_figure("GET /api/cases/{id}", "p99", median(api99), median(fixed99)));

  // Writes: eight connections logging activities, each on its own cases.
  const int writes = opt.quick ? 25 : 100;
  const std::string body =
      R"({"event":"log-activity","fields":{"title":"Atelier","from":"2011-04-11","to":"2011-04-12","mode":"on-site","participants":"12"}})";
  std::vector<std::thread> threads;
  std::atomic<int> failed{0};
  const auto start = Clock::now();
  for (int t = 0; t < kConnections; ++t) {
    threads.emplace_back([&, t] {
      Client c(server.port);
      const Session& s = sessions[static_cast<std::size_t>(t)];
      for (int i = 0; i < writes; ++i) {
        const std::string& id = ids[static_cast<std::size_t>((t * writes + i) % cases)];
        if (c.request(http::verb::post, "/api/cases/" + id + "/events", s.cookie, s.csrf, body) !=
            200) {
          ++failed;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  const double web_rate = kConnections * writes / seconds_since(start);
  char v[48], f[32];
  std::snprintf(v, sizeof v, "%.0f ev/s%s", web_rate, failed > 0 ? " (some failed)" : "");
  std::snprintf(f, sizeof f, "%.0f ev/s (P1)", engine_rate);
  out.push_back({"P6", "POST /api/cases/{id}/events, 8 connections, vs the engine", v, f,
                 web_rate / engine_rate, ">= 0.50", failed == 0 && web_rate / engine_rate >= 0.5});
  return out;
}

}  // namespace coopflow::bench
