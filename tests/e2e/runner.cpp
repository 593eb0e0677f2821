#include "runner.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace coopflow::testing {
int spawn_binary(const std::vector<std::string>& args, const std::string& out_path,
                 const std::string& err_path, const std::map<std::string, std::string>& env) {
  // Everything the child needs is built before fork: between fork and exec a
  // child of a multi-threaded test may only make async-signal-safe calls.
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string var = *e;
    // The tests read English unless they ask for a language.
    const char* const dropped[] = {
        "COOPFLOW_DB=", "COOPFLOW_USER=", "LANG=", "LC_ALL=", "LC_MESSAGES="};
    if (std::none_of(std::begin(dropped), std::end(dropped),
                     [&](const char* name) { return var.rfind(name, 0) == 0; })) {
      env_strings.push_back(var);
    }
  }
  for (const auto& [k, v] : env) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  // $COOPFLOW_TEST_BINARY runs the suite against another build, e.g. an older
  // one, to see a regression test fail before its fix.
  const char* other = std::getenv("COOPFLOW_TEST_BINARY");
  std::string binary = other != nullptr && *other != '\0' ? other : COOPFLOW_BINARY;
  std::vector<std::string> copy = args;
  std::vector<char*> argv = {binary.data()};
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);

  const pid_t pid = fork();
  if (pid == 0) {
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int in = ::open("/dev/null", O_RDONLY);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    execve(binary.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

Result run_binary(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env) {
  TempDir io;
  const std::string out_path = io.file("out"), err_path = io.file("err");
  const pid_t pid = spawn_binary(args, out_path, err_path, env);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Result r;
  r.max_rss_kib = usage.ru_maxrss;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = file_text(out_path);
  r.err = file_text(err_path);
  return r;
}

int iterations(int ci, int long_run) {
  if (std::getenv("COOPFLOW_LONG") != nullptr) return long_run;
  if (std::getenv("COOPFLOW_SANITIZED") != nullptr) return std::max(1, ci / 4);
  return ci;
}

std::vector<std::string> open_args(const std::string& workflow,
                                   const std::map<std::string, std::string>& with) {
  std::vector<std::string> args = {
      "open",      workflow, "--requester", "CEI", "--requester-type", "partner-authority",
      "--country", "CI",     "--reference", "R-1", "--received",       "2010-01-05",
      "--subject", "Appui"};
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    const auto it = with.find(args[i]);
    if (it != with.end()) args[i + 1] = it->second;
  }
  return args;
}

Result shell(const std::string& command) {
  Result r;
  FILE* p = ::popen((command + " 2>&1").c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string user_with(const std::string& role) {
  static const std::map<std::string, std::string> users = {
      {"coordinator", "alice"}, {"manager", "bob"}, {"auditor", "audrey"}, {"admin", "ada"}};
  return users.at(role);
}

std::vector<std::string> workflow_names() {
  std::vector<std::string> out;
  for (const auto* wf : builtin_registry().all()) out.push_back(wf->name);
  return out;
}

OfficeDb::OfficeDb() : db_(dir_.file("office.db")) {
  ok("ada", {"init", "--admin", "ada"});
  ok("ada", {"user", "add", "alice", "--role", "coordinator", "--full-name", "Alice Tremblay"});
  ok("ada", {"user", "add", "bob", "--role", "manager"});
  ok("ada", {"user", "add", "dave", "--role", "manager"});
  ok("ada", {"user", "add", "carol", "--role", "coordinator", "--role", "manager"});
  ok("ada", {"user", "add", "audrey", "--role", "auditor"});
}

Result OfficeDb::as(const std::string& user, std::vector<std::string> args) const {
  args.insert(args.begin(), {"--db", db_, "--as", user});
  return run_binary(args);
}

std::string OfficeDb::ok(const std::string& user, const std::vector<std::string>& args) const {
  const Result r = as(user, args);
  std::string cmd;
  for (const auto& a : args) cmd += a + " ";
  BOOST_REQUIRE_MESSAGE(r.code == 0, "coopflow " << cmd << "exited " << r.code << ": " << r.err);
  std::string out = r.out;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string OfficeDb::open_electoral(const std::string& user) const {
  return ok(user,
            {"open", "electoral-cooperation", "--requester", "Commission électorale indépendante",
             "--requester-type", "partner-authority", "--country", "CI", "--reference",
             "CEI/2010/042", "--received", "2010-03-15", "--subject",
             "Révision de la liste électorale, Côte d'Ivoire", "--partner", "OIF=funder"});
}

std::string OfficeDb::open_parliamentary(const std::string& user) const {
  return ok(user, {"open", "parliamentary-cooperation", "--requester",
                   "Chambre des députés d'Haïti", "--requester-type", "partner-authority",
                   "--country", "HT", "--reference", "CD-HT/2011/12", "--received", "2011-02-14",
                   "--subject", "Appui au processus législatif"});
}

std::string OfficeDb::open(const std::string& workflow, const std::string& user) const {
  return ok(user, {"open", workflow, "--requester", "Autorité électorale du partenaire",
                   "--requester-type", "partner-authority", "--country", "CI", "--reference",
                   "REF/2010/001", "--received", "2010-03-15", "--subject", "Demande d'appui"});
}

void OfficeDb::fire(const std::string& user, const std::string& case_id,
                    const std::string& event) const {
  std::vector<std::string> args = {"do", case_id, event};
  for (const auto& f : valid_assignments(event)) args.push_back(f);
  ok(user, args);
}

void OfficeDb::walk(const std::string& workflow, const std::string& case_id,
                    const std::vector<std::string>& path) const {
  const auto& wf = builtin_registry().latest(workflow);
  for (const auto& e : path) fire(user_with(wf.find_event(e)->roles.front()), case_id, e);
}

std::string OfficeDb::case_in(const std::string& workflow, const std::string& state) const {
  std::string id = workflow == "electoral-cooperation"       ? open_electoral()
                   : workflow == "parliamentary-cooperation" ? open_parliamentary()
                                                             : open(workflow);
  walk(workflow, id, map_of(workflow).path_to(state));
  return id;
}

std::string OfficeDb::case_ready_for(const std::string& workflow, const std::string& event) const {
  std::string id = open(workflow);
  walk(workflow, id, map_of(workflow).path_to_fire(event));
  return id;
}

std::string OfficeDb::snapshot() const {
  return file_text(db_) + "|wal|" + file_text(db_ + "-wal");
}

}  // namespace coopflow::testing
