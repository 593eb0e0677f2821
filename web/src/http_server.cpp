// The HTTP side of `coopflow serve`, on Boost.Beast: asynchronous reads and
// writes (a slow client holds a connection, never a thread), explicit limits
// on headers, bodies, request time and connections, and a clean stop on
// SIGTERM that finishes the requests in flight. Only this file sees Beast.
#include <algorithm>
#include <atomic>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <cctype>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "app.h"
#include "coopflow/engine/errors.h"
#include "coopflow/web/server.h"

namespace coopflow::web {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Server;

// Threads that answer state-changing requests, apart from the ones reading:
// each waits while its write syncs, together with the others' (the Writer's
// group commit), and a page read meanwhile still finds a free thread (P6).
constexpr int kWritingThreads = 8;
// What a connection keeps of the bytes it has read and not parsed yet (headers
// are at most max_header_bytes; bodies go to the request as they are parsed).
constexpr std::size_t kMaxBuffered = std::size_t{1024} * 1024;

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Server& server);
  void start();
  // Closes the connection if it is waiting for a request (shutting down).
  void close_if_idle();

 private:
  void read();
  // The headers are in: an upload may send a large body, the rest may not.
  void on_header(beast::error_code ec);
  void on_read(beast::error_code ec);
  void respond(Response response, bool keep_alive);
  void close();
  // Gives back the upload slot this connection holds, if it holds one.
  void release_upload();

  beast::tcp_stream stream_;
  // Bounded: Beast keeps a chunk's extensions in it, which no body limit counts.
  beast::flat_buffer buffer_{kMaxBuffered};
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<http::response<http::string_body>> out_;
  Server& server_;
  bool busy_ = false;
  bool closed_ = false;
  std::optional<std::string> uploader_;  // whose upload slot this holds, if it holds one
  std::string client_;
};

class Server {
 public:
  Server(const ServeOptions& options, App& app, std::ostream& log)
      : options_(options), app_(app), log_(log), acceptor_(ioc_), signals_(ioc_, SIGTERM, SIGINT) {}

  void run() {
    const tcp::endpoint at = endpoint_of(options_.listen);
    beast::error_code ec;
    acceptor_.open(at.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(at, ec);
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
      throw engine::saying<engine::ConflictError>(engine::Message(
          "cannot listen on {1} ({2}); choose another address or port with --listen",
          {options_.listen, ec.message()}));
    }
    const tcp::endpoint bound = acceptor_.local_endpoint(ec);
    signals_.async_wait([this](beast::error_code, int) { stop(); });
    accept();
    // The port as bound: --listen ADDRESS:0 lets the system choose one.
    const std::string address = bound.address().is_v6() ? "[" + bound.address().to_string() + "]"
                                                        : bound.address().to_string();
    // Said to whoever started it, in their language (the CLI's).
    const Lang lang = environment_lang();
    log_ << program_prefix(lang)
         << said_in(lang, engine::Message("serving {1} on {2} (stop with SIGTERM or Ctrl-C)",
                                          {options_.db, "http://" + address + ":" +
                                                            std::to_string(bound.port())}))
         << std::endl;
    const int n = options_.threads > 0
                      ? options_.threads
                      : std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (int i = 1; i < n; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : threads) t.join();
    writing_.join();
    log_ << program_prefix(lang)
         << translate(lang, N_("stopped; every request in flight was answered")) << std::endl;
  }

  const ServeOptions& options() const { return options_; }
  App& app() { return app_; }
  net::io_context& io() { return ioc_; }
  net::thread_pool& writing() { return writing_; }
  bool stopping() const { return stopping_; }

  void enter(const std::shared_ptr<Connection>& c) {
    std::lock_guard<std::mutex> lock(mutex_);
    live_.insert(c);
  }
  // Takes one of the max_uploads slots for a large body; false if none is free.
  // A slot for user's upload, or why there is none: the slots are taken, or
  // user holds one already (one user alone cannot take them all).
  enum class Slot { kTaken, kAllTaken, kYoursTaken };
  Slot begin_upload(const std::string& user) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (uploaders_.count(user) > 0) return Slot::kYoursTaken;
    if (uploaders_.size() >= options_.max_uploads) return Slot::kAllTaken;
    uploaders_.insert(user);
    return Slot::kTaken;
  }
  void end_upload(const std::string& user) {
    std::lock_guard<std::mutex> lock(mutex_);
    uploaders_.erase(user);
  }
  void leave(const std::shared_ptr<Connection>& c) {
    std::lock_guard<std::mutex> lock(mutex_);
    live_.erase(c);
    --connections_;
  }

 private:
  static tcp::endpoint endpoint_of(const std::string& listen) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon + 1 == listen.size()) {
      throw engine::saying<engine::ValidationError>(
          engine::Message("--listen '{1}' needs ADDRESS:PORT, e.g. 127.0.0.1:8080", {listen}),
          "listen");
    }
    std::string host = listen.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
      host = host.substr(1, host.size() - 2);
    }
    const std::string port = listen.substr(colon + 1);
    beast::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    const bool digits =
        !port.empty() && port.size() <= 5 &&
        std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (ec || !digits || std::stoi(port) > 65535) {
      throw engine::saying<engine::ValidationError>(
          engine::Message("--listen '{1}' is not an IP address and port, e.g. 127.0.0.1:8080",
                          {listen}),
          "listen");
    }
    return {address, static_cast<unsigned short>(std::stoi(port))};
  }

  void accept() {
    acceptor_.async_accept(net::make_strand(ioc_), [this](beast::error_code ec, tcp::socket s) {
      if (ec) {
        if (!stopping_) accept();
        return;
      }
      if (++connections_ > options_.max_connections) {
        // Over the limit: the connection is closed at once; clients retry.
        --connections_;
        beast::error_code ignored;
        s.shutdown(tcp::socket::shutdown_both, ignored);
        s.close(ignored);
      } else {
        std::make_shared<Connection>(std::move(s), *this)->start();
      }
      accept();
    });
  }

  void stop() {
    stopping_ = true;
    beast::error_code ignored;
    acceptor_.close(ignored);
    std::set<std::shared_ptr<Connection>> live;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      live = live_;
    }
    for (const auto& c : live) c->close_if_idle();
  }

  const ServeOptions& options_;
  App& app_;
  std::ostream& log_;
  net::io_context ioc_;
  net::thread_pool writing_{kWritingThreads};
  tcp::acceptor acceptor_;
  net::signal_set signals_;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> connections_{0};
  std::mutex mutex_;
  std::set<std::string> uploaders_;  // the users whose uploads are being read
  std::set<std::shared_ptr<Connection>> live_;
};

Connection::Connection(tcp::socket socket, Server& server)
    : stream_(std::move(socket)), server_(server) {
  beast::error_code ec;
  const auto remote = stream_.socket().remote_endpoint(ec);
  client_ = ec ? "unknown" : remote.address().to_string();
}

void Connection::start() {
  server_.enter(shared_from_this());
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
}

void Connection::close_if_idle() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    // Without an error code, cancel() throws on a socket the client closed
    // meanwhile, and the exception would end the server (SIGABRT).
    if (self->busy_ || self->closed_) return;
    beast::error_code ignored;
    self->stream_.socket().cancel(ignored);
  });
}

void Connection::release_upload() {
  if (!uploader_) return;
  server_.end_upload(*uploader_);
  uploader_.reset();
}

void Connection::read() {
  release_upload();  // the upload was answered: its body is gone
  if (server_.stopping()) return close();
  busy_ = false;
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(server_.options().max_header_bytes));
  // Beast checks a Content-Length against the limit as the headers end: the
  // upload's limit first, an ordinary request's once it is known not to be one.
  parser_->body_limit(server_.options().max_upload_bytes);
  stream_.expires_after(server_.options().request_time);
  http::async_read_header(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
}

Response plain(int status, const std::string& line) {
  Response r;
  r.status = status;
  r.body = line + "\n";
  return r;
}

// A refusal sent before the request is read whole, its language unknown:
// English and French, on one line.
Response plain_in_both(int status, const char* msgid) {
  return plain(status, translate(Lang::kEn, msgid) + " / " + translate(Lang::kFr, msgid));
}

void Connection::on_header(beast::error_code ec) {
  if (ec) return on_read(ec);
  const auto& in = parser_->get();
  const std::string target(in.target());
  std::optional<std::string> uploader;
  if (App::takes_upload(std::string(in.method_string()),
                        url_decode(target.substr(0, target.find('?')), false)) &&
      (uploader = server_.app().uploader(std::string(in[http::field::cookie])))) {
    switch (server_.begin_upload(*uploader)) {
      case Server::Slot::kTaken:
        break;
      case Server::Slot::kAllTaken:
        return respond(plain_in_both(503, N_("the server is receiving other documents; nothing "
                                             "was done, send this one again in a minute")),
                       false);
      case Server::Slot::kYoursTaken:
        return respond(plain_in_both(503, N_("your other document is still being received; "
                                             "nothing was done, send this one once it is in")),
                       false);
    }
    uploader_ = std::move(uploader);
    stream_.expires_after(server_.options().upload_time);
  } else {
    const auto length = parser_->content_length();
    if (length && *length > server_.options().max_body_bytes) {
      return on_read(http::error::body_limit);
    }
    parser_->body_limit(server_.options().max_body_bytes);  // a chunked body, as it comes
  }
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code read_ec, std::size_t) {
                     self->on_read(read_ec);
                   });
}

void Connection::on_read(beast::error_code ec) {
  if (ec == http::error::header_limit) {
    return respond(plain_in_both(431, N_("request headers too large; nothing was done")), false);
  }
  if (ec == http::error::body_limit) {
    return respond(plain_in_both(413, N_("request body too large; nothing was done")), false);
  }
  if (ec) return close();  // closed, timed out, cancelled, or not HTTP
  busy_ = true;
  const auto& in = parser_->get();
  Request request;
  request.method = std::string(in.method_string());
  const std::string target(in.target());
  const auto question = target.find('?');
  request.path = url_decode(target.substr(0, question), false);
  if (question != std::string::npos) request.query = parse_form(target.substr(question + 1));
  for (const auto& field : in) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto& value = request.headers[name];
    value += (value.empty() ? "" : ", ") + std::string(field.value());
  }
  request.body = std::move(parser_->get().body());
  request.client = client_;
  if (server_.options().behind_proxy) {
    const std::string forwarded = request.header("x-forwarded-for");
    const auto comma = forwarded.rfind(',');
    std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
    last.erase(0, last.find_first_not_of(' '));
    if (!last.empty()) request.client = last;
  }
  const bool keep_alive = in.keep_alive();
  if (!state_changing(request.method)) {
    return respond(server_.app().handle(request), keep_alive && !server_.stopping());
  }
  // The io threads go on reading while this waits for its write; the guard
  // keeps the server running until the answer is back on the connection.
  net::post(server_.writing(), [self = shared_from_this(), request = std::move(request), keep_alive,
                                guard = net::make_work_guard(server_.io())]() mutable {
    Response answer;
    try {
      answer = self->server_.app().handle(request);
    } catch (const std::exception&) {  // on a pool thread it would end the server
      answer = plain(500, translate(lang_of(request), N_("internal error; please report this")));
    }
    net::post(self->stream_.get_executor(),
              [self, answer = std::move(answer), keep_alive]() mutable {
                self->respond(std::move(answer), keep_alive && !self->server_.stopping());
              });
    guard.reset();
  });
}

void Connection::respond(Response response, bool keep_alive) {
  // The upload is answered: its slot is free before the client reads the
  // answer (and may send its next document at once).
  release_upload();
  out_ = std::make_shared<http::response<http::string_body>>();
  out_->result(static_cast<unsigned>(response.status));
  out_->version(11);
  out_->set(http::field::content_type, response.content_type);
  for (const auto& [name, value] : response.headers) out_->insert(name, value);
  out_->keep_alive(keep_alive);
  out_->body() = std::move(response.body);
  out_->prepare_payload();
  stream_.expires_after(server_.options().request_time);
  http::async_write(stream_, *out_,
                    [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                      if (ec || !keep_alive) return self->close();
                      self->read();
                    });
}

void Connection::close() {
  release_upload();
  if (closed_) return;
  closed_ = true;
  beast::error_code ignored;
  stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
  stream_.close();
  server_.leave(shared_from_this());
}

}  // namespace

void serve(const ServeOptions& options, const engine::Registry& registry,
           const engine::Clock& clock, std::ostream& log) {
  App app(options, registry, clock);  // opens the database once: a bad one stops here
  Server server(options, app, log);
  server.run();
}

}  // namespace coopflow::web
