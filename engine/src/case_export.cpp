// Every case folded into its CaseRecord, streamed for the exports.
#include <algorithm>
#include <memory>

#include "config.h"
#include "coopflow/engine/archive_page.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/storage/store.h"
#include "records.h"

namespace coopflow::engine {

void Office::export_cases(const Actor& actor, const std::function<void(const CaseRecord&)>& visit) {
  read([&] {
    require(actor, Authority::read_record());
    std::unique_ptr<CaseRecordBuilder> current;
    std::string case_id;
    const auto finish = [&] {
      if (current) visit(current->record());
    };
    JournalEntry e;
    store_->for_each_journal_entry({}, detail::targets_of(e), [&] {
      if (e.case_id != case_id) {
        finish();
        case_id = e.case_id;
        const auto opening = e.seq == 1 ? opening_summary(e) : std::nullopt;
        const Workflow* workflow =
            opening ? registry_.find(opening->workflow, opening->workflow_version) : nullptr;
        if (workflow == nullptr) {
          throw saying<IntegrityError>(
              Message("{1} does not start with a readable opening entry; run `coopflow verify`",
                      {e.case_id}),
              e.case_id, e.seq);
        }
        current = std::make_unique<CaseRecordBuilder>(*workflow);
      }
      current->apply(e);
    });
    finish();
  });
}

std::vector<CaseRecord> Office::archive(const Actor& actor, int from, int to) {
  std::vector<CaseRecord> out;
  export_cases(actor, [&](const CaseRecord& r) {
    const int year = archive_year(r);
    if (r.completed && (from == 0 || year >= from) && (to == 0 || year <= to)) out.push_back(r);
  });
  const auto first_day = [](const CaseRecord& r) {
    return r.first_day.empty() ? r.summary.received : r.first_day;
  };
  std::stable_sort(out.begin(), out.end(), [&](const CaseRecord& a, const CaseRecord& b) {
    return first_day(a) > first_day(b);
  });
  return out;
}

std::string Office::institution_name(const Actor& actor) {
  std::string out;
  read([&] {
    require(actor, Authority::read_record());
    out = detail::setting_or_default(*store_, registry_, "iati.org-name").value_or("");
  });
  return out;
}

IatiReporter Office::iati_reporter(const Actor& actor) {
  IatiReporter out;
  read([&] {
    require(actor, Authority::read_record());
    const auto ref = detail::setting_or_default(*store_, registry_, "iati.org-ref");
    if (!ref) {
      throw saying<NotFoundError>(
          Message("IATI activity identifiers are built from the institution's IATI organisation "
                  "identifier; an admin sets it first with `coopflow config set iati.org-ref "
                  "CA-...`"),
          "setting", "iati.org-ref");
    }
    out.ref = *ref;
    out.type = detail::setting_or_default(*store_, registry_, "iati.org-type").value_or("");
    out.name = detail::setting_or_default(*store_, registry_, "iati.org-name").value_or("");
  });
  return out;
}

}  // namespace coopflow::engine
