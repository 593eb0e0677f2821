#include "bench_support.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "coopflow/workflows/builtin.h"

namespace coopflow::bench {

const engine::Actor kAlice{"alice", "bench"}, kBob{"bob", "bench"}, kDave{"dave", "bench"},
    kAudrey{"audrey", "bench"};

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(std::lround(p * static_cast<double>(v.size() - 1)));
  return v[std::min(i, v.size() - 1)];
}

void print_figures(const std::vector<Figure>& figures) {
  std::printf("%-4s %-52s %-18s %-18s %7s  %-8s %s\n", "id", "measure", "coopflow", "floor",
              "ratio", "goal", "met");
  for (const auto& f : figures) {
    std::printf("%-4s %-52s %-18s %-18s %7.2f  %-8s %s\n", f.id.c_str(), f.what.c_str(),
                f.value.c_str(), f.floor.c_str(), f.ratio, f.goal.c_str(), f.met ? "yes" : "NO");
  }
  std::fflush(stdout);
}

BenchOffice::BenchOffice(const std::string& path) {
  workflows::register_builtin_workflows(registry);
  office.emplace(engine::Office::init(path, "ada", {"ada", "bench"}, clock, registry));
  office->add_user({"ada", "bench"}, "alice", {"coordinator"}, "");
  office->add_user({"ada", "bench"}, "bob", {"manager"}, "");
  office->add_user({"ada", "bench"}, "dave", {"manager"}, "");
  office->add_user({"ada", "bench"}, "audrey", {"auditor"}, "");
}

BenchOffice::BenchOffice(const std::string& path, bool) {
  workflows::register_builtin_workflows(registry);
  office.emplace(engine::Office::open(path, clock, registry));
}

const std::vector<Step>& whole_case() {
  static const std::vector<Step> steps = {
      {&kAlice, "start-analysis", {}},
      {&kAlice,
       "record-analysis",
       {{"context", "Crise post-électorale, Côte d'Ivoire"},
        {"objectives", "Fiabiliser la liste"},
        {"impact", "Apaisement"},
        {"sovereignty", "À la demande de la CEI"},
        {"mandate-fit", "yes"},
        {"resources", "Deux experts"}}},
      {&kBob, "commit", {}},
      {&kAlice,
       "draft-plan",
       {{"schedule", "Avril 2011"},
        {"budget", "48500.50"},
        {"currency", "CAD"},
        {"team", "Deux experts"},
        {"services", "Formation des formateurs"}}},
      {&kAlice, "submit-plan", {}},
      {&kBob, "approve-plan", {}},
      {&kAlice, "partner-approves", {{"partner-reference", "CEI/2011/07"}}},
      {&kAlice,
       "log-activity",
       {{"title", "Atelier"},
        {"from", "2011-04-11"},
        {"to", "2011-04-15"},
        {"mode", "on-site"},
        {"participants", "24"}}},
      {&kAlice, "complete-delivery", {}},
      {&kAlice,
       "submit-report",
       {{"observations", "Bonne participation"},
        {"recommendations", "Suivi"},
        {"results", "Guide adopté"}}},
  };
  return steps;
}

engine::CaseRequest sample_request(int n) {
  return {"Commission électorale indépendante",
          "partner-authority",
          "CI",
          "CEI/" + std::to_string(n),
          "2010-03-15",
          "Révision de la liste électorale",
          {"OIF=funder"}};
}

std::string run_case(engine::Office& office, int n, std::size_t steps) {
  std::string id =
      office.open_case(kAlice, "electoral-cooperation", sample_request(n)).entry.case_id;
  for (std::size_t i = 0; i < steps && i < whole_case().size(); ++i) {
    const Step& s = whole_case()[i];
    office.fire(*s.who, id, s.event, s.fields);
  }
  return id;
}

namespace {
bool keep_dir = false;
}  // namespace

void keep_bench_dir() { keep_dir = true; }

std::vector<engine::JournalEntry> read_journal(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db,
                      "SELECT case_id, seq, position, at, actor, role, os_user, event, from_state, "
                      "to_state, payload, prev_hash, hash FROM journal ORDER BY case_id, seq");
  std::vector<engine::JournalEntry> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getString(), q.getColumn(4).getString(),
                   q.getColumn(5).getString(), q.getColumn(6).getString(),
                   q.getColumn(7).getString(), q.getColumn(8).getString(),
                   q.getColumn(9).getString(), q.getColumn(10).getString(),
                   q.getColumn(11).getString(), q.getColumn(12).getString()});
  }
  return out;
}

long long count_journal(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT count(*) FROM journal").getInt64();
}

std::string bench_dir() {
  static const std::string dir = [] {
    const char* base = std::getenv("COOPFLOW_BENCH_DIR");
    std::string pattern = std::string(base ? base : "/tmp") + "/coopflow-bench-XXXXXX";
    return std::string(::mkdtemp(pattern.data()));
  }();
  // Registered once `dir` is constructed, so it runs before `dir` is destroyed.
  static const bool cleanup_registered =
      std::atexit([] {
        if (keep_dir) {
          std::fprintf(stderr, "kept the databases in %s\n", dir.c_str());
          return;
        }
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
      }) == 0;
  (void)cleanup_registered;
  return dir;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace coopflow::bench
