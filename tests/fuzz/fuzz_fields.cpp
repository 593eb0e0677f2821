// libFuzzer: `coopflow do` arguments, FIELD=VALUE lists, through the CLI's
// argument parser and the engine's field validation against the real
// declarations of every event of every registered workflow.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/field_args.h"
#include "coopflow/engine/errors.h"
#include "coopflow/workflows/builtin.h"

using namespace coopflow;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const engine::Registry registry = [] {
    engine::Registry r;
    workflows::register_builtin_workflows(r);
    return r;
  }();
  static const std::vector<const engine::Workflow*> all = registry.all();
  if (size < 2) return 0;
  const engine::Workflow& wf = *all[data[0] % all.size()];
  const engine::EventSpec& spec = wf.events[data[1] % wf.events.size()];
  // Arguments are separated by NUL bytes, as a shell would pass them.
  std::vector<std::string> args;
  std::string current;
  for (std::size_t i = 2; i < size; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  args.push_back(current);
  try {
    const engine::RawFields raw = cli::parse_assignments(args);
    const nlohmann::json fields = engine::validate_fields(spec, raw);
    for (const auto& f : spec.fields) {
      if (f.required && !fields.contains(f.name)) __builtin_trap();
    }
    (void)fields.dump();  // accepted fields must serialise (valid UTF-8)
  } catch (const engine::ValidationError&) {
  } catch (const CLI::ValidationError&) {
  }
  return 0;
}
