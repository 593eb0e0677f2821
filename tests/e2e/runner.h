#pragma once

#include <map>
#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "support/workflow_walk.h"

// Runs the real coopflow binary against a fresh temporary database, the way a
// user's shell would.
namespace coopflow::testing {

struct Result {
  int code = -1;
  std::string out;
  std::string err;
  long max_rss_kib = 0;  // the process's peak resident memory
};

Result run_binary(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env = {});

// A shell command's exit code, and its stdout and stderr together in out.
Result shell(const std::string& command);

// Starts coopflow with args, stdout to out_path, stderr to err_path, without
// waiting; returns its pid. Fork-safe in a multi-threaded test.
int spawn_binary(const std::vector<std::string>& args, const std::string& out_path,
                 const std::string& err_path, const std::map<std::string, std::string>& env = {});

// `open WORKFLOW` with a valid official request; `with` replaces the value
// after each option it names (e.g. {{"--received", "2023-02-29"}}).
std::vector<std::string> open_args(const std::string& workflow = "electoral-cooperation",
                                   const std::map<std::string, std::string>& with = {});

// The user of the office below who holds exactly `role`.
std::string user_with(const std::string& role);

// An office: a database with an admin (ada) and users alice (coordinator), bob
// and dave (managers), carol (coordinator and manager), audrey (auditor).
class OfficeDb {
 public:
  OfficeDb();
  const std::string& path() const { return db_; }
  std::string file(const std::string& name) const { return dir_.file(name); }

  // coopflow --db DB --as user args...
  Result as(const std::string& user, std::vector<std::string> args) const;
  // Like as(), but requires exit 0 and returns stdout without its last newline.
  std::string ok(const std::string& user, const std::vector<std::string>& args) const;

  std::string open_electoral(const std::string& user = "alice") const;
  std::string open_parliamentary(const std::string& user = "alice") const;
  // Opens a case of any workflow from a valid request.
  std::string open(const std::string& workflow, const std::string& user = "alice") const;
  // Fires event with valid_assignments(event) as user; requires success.
  void fire(const std::string& user, const std::string& case_id, const std::string& event) const;
  // Fires each event of path, each by the user holding its first declared role.
  void walk(const std::string& workflow, const std::string& case_id,
            const std::vector<std::string>& path) const;
  // Opens a case of workflow and takes it to state by the shortest path, with
  // alice coordinating and bob deciding.
  std::string case_in(const std::string& workflow, const std::string& state) const;
  // Opens a case of workflow and takes it to where event fires.
  std::string case_ready_for(const std::string& workflow, const std::string& event) const;
  // The database file and its WAL, byte for byte.
  std::string snapshot() const;

 private:
  TempDir dir_;
  std::string db_;
};

// How many iterations a process-heavy test runs: `ci` normally, `long_run` with
// COOPFLOW_LONG=1, a quarter of `ci` with COOPFLOW_SANITIZED=1 (the ASan pass in
// .ci/test, where each process is several times slower).
int iterations(int ci, int long_run);

// The names of the registered workflows.
std::vector<std::string> workflow_names();

}  // namespace coopflow::testing
