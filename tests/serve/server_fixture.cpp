#include "serve/server_fixture.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

namespace coopflow::testing {
namespace {

namespace beast = boost::beast;
namespace http_ns = beast::http;
namespace net = boost::asio;

// The value of name=... in a Set-Cookie list.
std::string cookie_value(const std::string& set_cookies, const std::string& name) {
  const auto at = set_cookies.find(name + "=");
  if (at == std::string::npos) return "";
  const auto start = at + name.size() + 1;
  return set_cookies.substr(start, set_cookies.find(';', start) - start);
}

}  // namespace

HttpReply http(int port, const std::string& method, const std::string& target,
               const std::string& body, const std::map<std::string, std::string>& headers) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                        static_cast<unsigned short>(port)));
  stream.expires_after(std::chrono::seconds(30));
  http_ns::request<http_ns::string_body> req(http_ns::string_to_verb(method), target, 11);
  req.set(http_ns::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) req.set(name, value);
  req.body() = body;
  req.prepare_payload();
  http_ns::write(stream, req);
  beast::flat_buffer buffer;
  http_ns::response_parser<http_ns::string_body> parser;
  parser.body_limit(256 * 1024 * 1024);
  http_ns::read(stream, buffer, parser);
  const auto& res = parser.get();
  HttpReply reply;
  reply.status = static_cast<int>(res.result_int());
  for (const auto& f : res) {
    std::string name(f.name_string());
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto& v = reply.headers[name];
    v += (v.empty() ? "" : "\n") + std::string(f.value());
  }
  reply.body = res.body();
  beast::error_code ignored;
  stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
  return reply;
}

ServedOffice::ServedOffice() {
  for (const char* user : {"ada", "alice", "bob", "carol", "dave", "audrey"}) {
    const Result r =
        shell("printf '%s\\n' '" + std::string(user) + "-password' | " + COOPFLOW_BINARY +
              " --db " + db_.path() + " --as ada user passwd " + user);
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.out);
  }
  start();
}

ServedOffice::~ServedOffice() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

void ServedOffice::start() {
  // Port 0 the first time: the system picks a free one, which the server
  // names on stderr; a restart takes the same one again.
  const std::string err = db_.file("serve-" + std::to_string(++starts_) + ".err");
  pid_ =
      spawn_binary({"--db", db_.path(), "serve", "--listen", "127.0.0.1:" + std::to_string(port_)},
                   db_.file("serve.out"), err,
                   // The pages' times in a known zone, whatever this machine's
                   // (a POSIX rule: no time zone database needed).
                   {{"TZ", kServerZone}});
  for (int i = 0; i < 200; ++i) {
    const std::string said = file_text(err);
    const auto at = said.find("http://127.0.0.1:");
    if (at != std::string::npos) {
      port_ = std::stoi(said.substr(at + 17));
      try {
        if (http(port_, "GET", "/login").status == 200) return;
      } catch (const std::exception&) {
        // not accepting yet
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  BOOST_FAIL("coopflow serve did not answer: " << file_text(err));
}

void ServedOffice::kill_hard() {
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

int ServedOffice::stop() {
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  // As a shell says it: 128 + the signal that ended it.
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (code != 0) {
    std::cerr << "coopflow serve ended with " << code
              << "; it said: " << file_text(db_.file("serve-" + std::to_string(starts_) + ".err"))
              << "\n";
  }
  return code;
}

ApiUser ServedOffice::sign_in(const std::string& user) {
  const nlohmann::json body = {{"user", user}, {"password", user + "-password"}};
  const HttpReply r =
      http(port_, "POST", "/api/session", body.dump(), {{"Content-Type", "application/json"}});
  BOOST_REQUIRE_MESSAGE(r.status == 200, user << ": " << r.body);
  const std::string cookies = r.headers.at("set-cookie");
  ApiUser out;
  out.cookie = "coopflow_session=" + cookie_value(cookies, "coopflow_session") +
               "; coopflow_csrf=" + cookie_value(cookies, "coopflow_csrf");
  out.csrf = nlohmann::json::parse(r.body).at("csrf");
  return out;
}

HttpReply ServedOffice::as(const ApiUser& user, const std::string& method,
                           const std::string& target, const std::string& body) {
  std::map<std::string, std::string> headers = {{"Cookie", user.cookie}};
  if (method != "GET") {
    headers["X-CSRF-Token"] = user.csrf;
    headers["Content-Type"] = "application/json";
  }
  return http(port_, method, target, body, headers);
}

}  // namespace coopflow::testing
