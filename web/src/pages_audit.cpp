// The auditor's view (verification, the newest checkpoint, exports) and the
// workflows with their diagrams, drawn by Graphviz from the transition tables.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <mutex>

#include "api.h"
#include "coopflow/engine/diagram.h"
#include "coopflow/engine/errors.h"
#include "pages.h"

namespace coopflow::web {
namespace {

// The SVG Graphviz's `dot` draws from text, or "" if it cannot (not installed).
std::string dot_to_svg(const std::string& dot) {
  char path[] = "/tmp/coopflow-diagram-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return "";
  const bool written = ::write(fd, dot.data(), dot.size()) == static_cast<ssize_t>(dot.size());
  ::close(fd);
  std::string svg;
  if (written) {
    const std::string command = std::string("dot -Tsvg ") + path + " 2>/dev/null";
    if (FILE* p = ::popen(command.c_str(), "r")) {
      char buf[8192];
      std::size_t n = 0;
      while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) svg.append(buf, n);
      if (::pclose(p) != 0) svg.clear();
    }
  }
  ::unlink(path);
  return svg;
}

}  // namespace

Response audit_page(Context& c) {
  require_operation(c, engine::Authority::audit());
  const engine::VerifyReport report = c.office.verify(c.actor(), std::nullopt);
  const auto checkpoint = c.office.checkpoint(c.actor());
  Html main = Html::markup("<h1>") + tr(c, "Audit") + Html::markup("</h1>");
  main += (report.ok() ? Html::markup("<p class=\"done\" role=\"status\">")
                       : Html::markup("<p class=\"error\" role=\"alert\">")) +
          tr(c, report.ok() ? N_("Verified: every hash chain intact, every step legal, every "
                                 "actor held their role, the Merkle tree matches.")
                            : N_("Verification FAILED: the record was altered or damaged.")) +
          Html::markup("</p><dl>");
  const auto row = [&](const char* term, long long value) {
    main += Html::markup("<dt>") + tr(c, term) + Html::markup("</dt><dd>") +
            Html::text(count_in(c.lang, value)) + Html::markup("</dd>");
  };
  row(N_("Cases"), report.cases);
  row(N_("Case entries"), report.entries);
  row(N_("Office entries"), report.office_entries);
  row(N_("Log size"), report.log_size);
  row(N_("Sealed up to position"), report.sealed);
  row(N_("Problems"), report.problem_count);
  main += Html::markup("</dl>");
  if (!report.problems.empty()) {
    main += Html::markup("<ul>");
    for (const auto& p : report.problems) {
      main += Html::markup("<li>") + Html::text(c.said(p.message)) + Html::markup("</li>");
    }
    main += Html::markup("</ul>");
  }
  for (const auto& note : report.notes) {
    main += Html::markup("<p class=\"help\">") + Html::text(capitalised(c.said(note), c.lang)) +
            Html::markup("</p>");
  }
  main += Html::markup("<h2>") + tr(c, "Newest checkpoint") + Html::markup("</h2>");
  main += checkpoint ? Html::markup("<pre>") + Html::text(*checkpoint) + Html::markup("</pre>")
                     : Html::markup("<p>") + tr(c, "None yet: seal the log (coopflow seal).") +
                           Html::markup("</p>");
  main += Html::markup("<h2>") + tr(c, "Exports") + Html::markup("</h2>") + exports_list(c, true);
  return page(c, 200, c.t("Audit"), main);
}

Response workflows_page(Context& c) {
  Html main = Html::markup("<h1>") + tr(c, "Workflows") + Html::markup("</h1>");
  for (const engine::Workflow* wf : c.registry.all()) {
    // Said in words, then the code the CLI and the API take.
    const Html name = Html::text(c.t(wf->name));
    main += Html::markup("<section class=\"card\"><h2>") + name + Html::markup(" (<code>") +
            Html::text(wf->name) + Html::markup("</code> v") +
            Html::text(std::to_string(wf->version)) + Html::markup(")</h2><p>") +
            Html::text(c.t(wf->summary.c_str())) + Html::markup("</p><img src=\"/workflows/") +
            Html::text(url_encode(wf->name)) + Html::markup("/diagram.svg\" alt=\"") +
            tr(c, "State diagram of") + Html::markup(" ") + name +
            Html::markup("\" style=\"max-width:100%\"></section>");
  }
  return page(c, 200, c.t("Workflows"), main);
}

Response diagram_svg(Context& c) {
  const engine::Workflow& wf = c.registry.latest(c.params.at("name"));
  static std::mutex mutex;
  // By workflow and language: the tables never change.
  static std::map<std::string, std::string> drawn;
  const std::string key = wf.name + "/" + lang_code(c.lang);
  std::lock_guard<std::mutex> lock(mutex);
  auto it = drawn.find(key);
  if (it == drawn.end()) {
    const std::string dot = engine::render_diagram(
        wf, engine::DiagramFormat::kDot, [&c](const std::string& guard) { return c.t(guard); });
    it = drawn.emplace(key, dot_to_svg(dot)).first;
  }
  if (it->second.empty()) {
    drawn.erase(it);
    return error_page(c, 503,
                      c.t("Graphviz (dot) is not installed on the server: install the "
                          "graphviz package to see diagrams."));
  }
  Response r;
  r.content_type = "image/svg+xml";
  r.body = it->second;
  return r;
}

}  // namespace coopflow::web
