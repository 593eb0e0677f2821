// import missions FILE.csv: the office's list of past missions, as closed cases.
#include <unistd.h>

#include <iostream>

#include "cli.h"
#include "coopflow/engine/mission_import.h"
#include "coopflow/engine/values.h"
#include "exit_codes.h"
#include "output.h"

namespace coopflow::cli {
namespace {

// Below this many lines an import is quick enough to need no progress.
constexpr long kProgressFrom = 2000;

// A line on stderr each tenth of the way, for large files only.
class ProgressLines {
 public:
  void operator()(const char* phase, long done, long total) {
    if (total < kProgressFrom) return;
    const long tenth = done * 10 / total;
    if (phase != phase_) {
      phase_ = phase;
      tenth_ = 0;
    }
    if (tenth == tenth_) return;
    tenth_ = tenth;
    std::cerr << "coopflow: " << phase << " " << done << " of " << total
              << (std::string(phase) == "checked" ? " lines" : " missions") << "\n";
  }

 private:
  std::string phase_;
  long tenth_ = 0;
};

nlohmann::json report_json(const engine::ImportReport& r) {
  return {{"file", r.file},
          {"sha256", r.sha256},
          {"rows", r.rows},
          {"imported", r.imported},
          {"already", r.already}};
}

void print_report(const engine::ImportReport& r) {
  const std::string file = terminal_safe(r.file);
  const auto missions = [](std::size_t n) {
    return std::to_string(n) + (n == 1 ? " mission" : " missions");
  };
  if (r.imported.empty()) {
    std::cout << "nothing new: "
              << (r.rows == 1 ? "the mission" : "the " + missions(static_cast<std::size_t>(r.rows)))
              << " of " << file << (r.rows == 1 ? " was" : " were")
              << " imported before; nothing was written\n";
    return;
  }
  std::cout << "imported " << missions(r.imported.size()) << " from " << file << " (sha256 "
            << r.sha256 << "): " << r.imported.front();
  if (r.imported.size() > 1) std::cout << " ... " << r.imported.back();
  std::cout << "\n";
  if (r.already > 0) {
    std::cout << r.already << (r.already == 1 ? " of its missions was" : " of its missions were")
              << " imported before and left as recorded\n";
  }
}

}  // namespace

void add_import_command(CLI::App& app, Cli& cli) {
  auto file = std::make_shared<std::string>();
  auto* import = app.add_subcommand("import", "bring in the office's earlier records (admin)");
  import->require_subcommand(1);
  auto* missions = import->add_subcommand(
      "missions",
      "each row of the list of past missions becomes a closed case, all or nothing: "
      "title,kind,organizer,country,city,start_date,end_date,participants,funding,summary");
  missions->add_option("file", *file, "the list, as CSV (RFC 4180, UTF-8)")->required();
  missions->callback([&cli, file] {
    const std::string bytes = read_regular_file(*file, engine::kMaxImportBytes,
                                                "is over 16 MiB; split it and import each part");
    ProgressLines progress;
    try {
      const engine::ImportReport report = cli.office().import_missions(
          cli.actor(), *file, bytes,
          [&progress](const char* phase, long done, long total) { progress(phase, done, total); });
      if (cli.json) {
        cli.print_json(report_json(report));
      } else {
        print_report(report);
      }
    } catch (const engine::ImportError& e) {
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& p : e.problems()) {
        std::cerr << "  line " << p.line << ": " << terminal_safe(p.message) << "\n";
        rows.push_back({{"line", p.line}, {"message", p.message}});
      }
      if (cli.json) {
        nlohmann::json error = error_json(classify(e), e.what());
        error["rows"] = std::move(rows);
        cli.print_json({{"error", std::move(error)}});
      }
      throw;
    }
  });
}

}  // namespace coopflow::cli
