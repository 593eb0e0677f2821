// Child processes for P2 and P4, run by a spawner forked while the bench is
// still small (see run_child in bench_support.h).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "bench_support.h"

namespace coopflow::bench {
namespace {

int to_spawner = -1;
int from_spawner = -1;

void write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n <= 0) throw std::runtime_error("bench spawner: write failed");
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

bool read_all(int fd, void* data, std::size_t size) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = ::read(fd, p, size);
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

ChildRun spawn_and_wait(std::vector<std::string> argv) {
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ChildRun r;
  r.seconds = seconds_since(start);
  r.max_rss_kib = usage.ru_maxrss;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// Requests: a count, then each argument as a length and its bytes; replies: a
// ChildRun as bytes. Ends when the bench closes its end.
[[noreturn]] void serve(int in, int out) {
  for (;;) {
    std::uint32_t count = 0;
    if (!read_all(in, &count, sizeof count)) _exit(0);
    std::vector<std::string> argv(count);
    for (auto& a : argv) {
      std::uint32_t size = 0;
      if (!read_all(in, &size, sizeof size)) _exit(1);
      a.resize(size);
      if (!read_all(in, a.data(), size)) _exit(1);
    }
    const ChildRun r = spawn_and_wait(argv);
    write_all(out, &r, sizeof r);
  }
}

}  // namespace

void start_spawner() {
  int requests[2], replies[2];
  if (pipe(requests) != 0 || pipe(replies) != 0) throw std::runtime_error("bench spawner: pipe");
  const pid_t pid = fork();
  if (pid == 0) {
    close(requests[1]);
    close(replies[0]);
    serve(requests[0], replies[1]);
  }
  close(requests[0]);
  close(replies[1]);
  to_spawner = requests[1];
  from_spawner = replies[0];
}

ChildRun run_child(const std::vector<std::string>& argv) {
  if (to_spawner < 0) throw std::logic_error("run_child before start_spawner");
  const auto count = static_cast<std::uint32_t>(argv.size());
  write_all(to_spawner, &count, sizeof count);
  for (const auto& a : argv) {
    const auto size = static_cast<std::uint32_t>(a.size());
    write_all(to_spawner, &size, sizeof size);
    write_all(to_spawner, a.data(), a.size());
  }
  ChildRun r;
  if (!read_all(from_spawner, &r, sizeof r)) throw std::runtime_error("bench spawner: no reply");
  return r;
}

}  // namespace coopflow::bench
