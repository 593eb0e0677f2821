// Documents attached to cases: each attached by an office log entry that
// records its SHA-256, size, type and name; the bytes in the attachments table.
#include <magic.h>

#include "coopflow/engine/attachment.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "staff.h"

namespace coopflow::engine {
namespace {

Attachment to_attachment(const storage::AttachmentRow& r) {
  return {r.case_id, r.number, r.position, r.kind, r.title, r.name, r.media_type, r.size, r.sha256};
}

}  // namespace

const std::vector<std::string>& attachment_kinds() {
  static const std::vector<std::string> kinds = {N_("request-letter"), N_("plan"), N_("report"),
                                                 N_("correspondence"), N_("other")};
  return kinds;
}

std::string media_type_of(std::string_view bytes) {
  std::unique_ptr<magic_set, decltype(&magic_close)> magic(magic_open(MAGIC_MIME_TYPE),
                                                           &magic_close);
  if (!magic || magic_load(magic.get(), nullptr) != 0) return "application/octet-stream";
  const char* type = magic_buffer(magic.get(), bytes.data(), bytes.size());
  return type != nullptr ? type : "application/octet-stream";
}

Attachment Office::attach(const Actor& actor, const std::string& case_id, std::string_view bytes,
                          const std::string& name, const std::string& kind,
                          const std::string& title) {
  // Who may not attach learns nothing about the file (nor is it read).
  read([&] { require(actor, Authority::attach()); });
  const auto& kinds = attachment_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
    throw saying<ValidationError>(
        Message("--kind '{1}' is none of {2}",
                {check_text("kind", kind).substr(0, 40), join(kinds, "|")}),
        "kind");
  }
  if (bytes.empty()) {
    throw saying<ValidationError>(Message("{1} is empty; attach the document itself", {name}),
                                  "file");
  }
  if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes) {
    throw saying<ValidationError>(
        Message("{1} is over the 25 MiB a document may be; attach a smaller or compressed copy",
                {name}),
        "file");
  }
  Attachment a;
  a.case_id = case_id;
  a.kind = kind;
  a.name = check_text("name", name);
  a.title = title.empty() ? a.name : check_text("title", title);
  if (is_blank(a.name) || a.name.size() > 255 || a.title.size() > 500) {
    throw saying<ValidationError>(
        Message("the name (up to 255 bytes) and title (up to 500) must show text"), "title");
  }
  a.media_type = media_type_of(bytes);
  a.size = static_cast<std::int64_t>(bytes.size());
  a.sha256 = to_hex(sha256(bytes));
  write([&] {
    require_case(case_id);
    a.number = static_cast<std::int64_t>(store_->attachments(case_id).size()) + 1;
    JournalEntry e = office_entry(actor, Authority::attach(), detail::office_event::kCaseAttach,
                                  detail::attach_payload(a));
    detail::log_office_entry(*store_, e);
    a.position = e.position;
    store_->insert_attachment({a.case_id,
                               a.number,
                               a.position,
                               a.kind,
                               a.title,
                               a.name,
                               a.media_type,
                               a.size,
                               a.sha256,
                               {}},
                              bytes);
  });
  return a;
}

std::vector<Attachment> Office::attachments(const Actor& actor, const std::string& case_id) {
  std::vector<Attachment> out;
  read([&] {
    require(actor, Authority::read_record());
    require_case(case_id);
    for (const auto& row : store_->attachments(case_id)) out.push_back(to_attachment(row));
  });
  return out;
}

std::pair<Attachment, std::string> Office::attachment(const Actor& actor,
                                                      const std::string& case_id,
                                                      std::int64_t number) {
  std::optional<storage::AttachmentRow> row;
  read([&] {
    require(actor, Authority::read_record());
    require_case(case_id);
    row = store_->attachment(case_id, number);
  });
  if (!row) {
    throw saying<NotFoundError>(
        Message("{1} has no document {2}; see `coopflow attachments {1}`",
                {case_id, std::to_string(number)})
            .in_browser(Message("{1} has no document {2}; its page lists its documents",
                                {case_id, std::to_string(number)})),
        "attachment", std::to_string(number));
  }
  if (to_hex(sha256(row->content)) != row->sha256 ||
      static_cast<std::int64_t>(row->content.size()) != row->size) {
    throw saying<IntegrityError>(
        damaged_record(Message(
            "{1} document {2}: its bytes no longer match the SHA-256 the log recorded; nothing was "
            "written",
            {case_id, std::to_string(number)})),
        case_id, 0);
  }
  Attachment a = to_attachment(*row);
  return {std::move(a), std::move(row->content)};
}

}  // namespace coopflow::engine
