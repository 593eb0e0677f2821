#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "coopflow/engine/office.h"
#include "pages.h"

// The parts of a case's page that live in files of their own: values as the
// reader's language says them, and the timeline.
namespace coopflow::web {

// A field's value and a stored text as the engine shows them, amounts and
// damage written in the page's language.
std::string value_of(const Context& c, const nlohmann::json& fields, const std::string& name,
                     const engine::EventSpec* spec);
// A member of a stored object as text ("(damaged...)" if it is not text).
std::string member_of(const Context& c, const nlohmann::json& object, const std::string& key);
// A value as the reader's language says it: choices and yes/no translated,
// countries named.
std::string shown(const Context& c, const engine::FieldSpec& f, const std::string& value);

// Every journal entry: when, who, what, the states, and what it recorded.
Html timeline_section(const Context& c, const engine::CaseView& v);

}  // namespace coopflow::web
