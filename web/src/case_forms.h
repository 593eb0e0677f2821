#pragma once

#include <map>
#include <string>

#include "coopflow/engine/field_validation.h"
#include "pages.h"

// The forms of a case's page: one per event the signed-in user may fire now,
// built from the workflow's declarations, and who holds the case.
namespace coopflow::web {

// What a refused event form held, shown again beside its refusal.
struct Typed {
  std::string event;
  engine::RawFields fields;
};

// The fields of a posted event form as the engine takes them: inputs f.NAME,
// checkboxes f.NAME.CHOICE joined by commas, and the comment; an empty input
// is a field left out.
engine::RawFields typed_fields(const std::map<std::string, std::string>& form);

// "What you may do now": each event's form, holding what was typed if it was
// just refused, else (for a new version of a document) the latest version;
// and, for those who may assign, who holds the case.
Html actions_section(const Context& c, const engine::CaseView& v, const Typed& typed);

}  // namespace coopflow::web
