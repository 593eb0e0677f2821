// What imported-mission v1 declares beside its machine: the record of a
// mission from before coopflow, made by `coopflow import missions` from one
// row of the office's old list. The fields that are a case's columns keep
// their names (subject, requester, countries, received), so that lists,
// numbering and exports read an imported mission like any case.
#include "../common/declarations.h"

#include "coopflow/engine/message.h"
#include "machine.h"

namespace coopflow::workflows::imported {

engine::Workflow workflow() {
  using namespace detail;
  engine::FieldSpec countries =
      text("countries", "where: ISO 3166-1 alpha-2 codes, comma-separated");
  countries.type = engine::FieldType::kCountries;
  using engine::ArchiveRole;
  engine::EventSpec import =
      event("import", {"admin"},
            {text("subject", "the mission's title"),
             choice("kind", "what kind of mission",
                    {"technical-assistance", "observation", "evaluation", "information-contact",
                     "conference", "other"}),
             text("requester", "the organisation that organised it"), countries,
             archived(text("city", "the city, if the list names one", false), ArchiveRole::kPlace),
             date("received", "its first day"), date("end", "its last day", "received"),
             archived(optional(count("participants",
                                     "how many of the institution's people took part", 1000000)),
                      ArchiveRole::kParticipants),
             text("funding", "who funded it, if the list says", false),
             archived(text("summary", "what the list says of it", false), ArchiveRole::kSummary),
             text("source-file", "the name of the file it was imported from"),
             text("source-sha256", "that file's SHA-256"),
             count("source-line", "the line of that file its row starts on", 1000000000)},
            "record a mission from before coopflow (coopflow import missions)");
  import.opens = true;
  engine::Workflow wf;
  wf.name = N_("imported-mission");
  wf.version = 1;
  wf.id_prefix = "IM";
  wf.summary =
      "A mission from before coopflow, imported from the office's list: closed as it "
      "was, with no step invented";
  wf.events = {std::move(import)};
  wf.stages = {closed_stage("a mission of the archive")};
  MachineParts parts = machine();
  wf.machines = std::move(parts.machines);
  wf.transitions = std::move(parts.transitions);
  wf.start = std::move(parts.start);
  return wf;
}

}  // namespace coopflow::workflows::imported
