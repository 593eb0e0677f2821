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
    const std::vector<engine::Term> counts{std::to_string(done), std::to_string(total)};
    std::cerr << program_prefix()
              << say(std::string(phase) == "checked"
                         ? Message("checked {1} of {2} lines", counts)
                         : Message("written {1} of {2} missions", counts))
              << "\n";
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
  if (r.imported.empty()) {
    std::cout << (r.rows == 1 ? say(Message("nothing new: the mission of {1} was imported before; "
                                            "nothing was written",
                                            {file}))
                              : say(Message("nothing new: the {1} missions of {2} were imported "
                                            "before; nothing was written",
                                            {std::to_string(r.rows), file})))
              << "\n";
    return;
  }
  const std::string ids =
      r.imported.front() + (r.imported.size() > 1 ? " ... " + r.imported.back() : std::string());
  const std::string n = std::to_string(r.imported.size());
  std::cout << (r.imported.size() == 1
                    ? say(Message("imported 1 mission from {1} (sha256 {2}): {3}",
                                  {file, r.sha256, ids}))
                    : say(Message("imported {1} missions from {2} (sha256 {3}): {4}",
                                  {n, file, r.sha256, ids})))
            << "\n";
  if (r.already > 0) {
    std::cout << (r.already == 1
                      ? say(Message("1 of its missions was imported before and left as recorded"))
                      : say(Message("{1} of its missions were imported before and left as recorded",
                                    {std::to_string(r.already)})))
              << "\n";
  }
}

}  // namespace

void add_import_command(CLI::App& app, Cli& cli) {
  auto file = std::make_shared<std::string>();
  auto* import = app.add_subcommand("import", say("bring in the office's earlier records (admin)"));
  import->require_subcommand(1);
  auto* missions = import->add_subcommand(
      "missions",
      say("each row of the list of past missions becomes a closed case, all or nothing: "
          "title,kind,organizer,country,city,start_date,end_date,participants,funding,summary"));
  missions->add_option(say("file"), *file, say("the list, as CSV (RFC 4180, UTF-8)"))->required();
  missions->callback([&cli, file] {
    const std::string bytes = read_regular_file(
        *file, engine::kMaxImportBytes, N_("{1} is over 16 MiB; split it and import each part"));
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
        std::cerr << "  "
                  << say(Message("line {1}: {2}",
                                 {std::to_string(p.line),
                                  terminal_safe(p.said.empty() ? p.message : say(p.said))}))
                  << "\n";
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
