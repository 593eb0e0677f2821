#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/message.h"
#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

// Raw FIELD=VALUE pairs as the user typed them (after @file expansion).
using RawFields = std::map<std::string, std::string>;

// Checks raw against the event's declaration and returns the typed fields:
// dates checked, amounts in integer minor units, choices checked. Every event
// also takes an optional `comment`. Throws ValidationError on the first problem.
nlohmann::json validate_fields(const EventSpec& spec, const RawFields& raw);

// An official request (policy rule 1), as given to `coopflow open`.
struct CaseRequest {
  std::string requester;
  std::string requester_type;
  std::string countries;  // comma-separated ISO 3166-1 alpha-2
  std::string reference;
  std::string received;  // YYYY-MM-DD
  std::string subject;
  std::vector<std::string> partners;  // ORG=funder|co-organiser|implementer
};

// Policy rule 1: only an official request from an accepted kind of requester,
// with its reference and date, opens a case. today is YYYY-MM-DD (a request
// cannot be received in the future). Returns the request as stored. The same
// request opens a case of any workflow: the policy is the institution's.
nlohmann::json validate_request(const CaseRequest& request, const std::string& today);

// Why `stored` (an entry's recorded fields) is not exactly what validate_fields
// writes for some input of spec's, or nothing if it is: what verify --deep
// asks of every entry, so that a rewritten journal cannot hold a value the
// write path would have refused.
std::optional<Message> stored_fields_problem(const EventSpec& spec, const nlohmann::json& stored);
// The same for an opening entry's request; opened_on: YYYY-MM-DD it was opened.
std::optional<Message> stored_request_problem(const nlohmann::json& stored,
                                              const std::string& opened_on);

// The same for any opening entry's fields: the official request's rules, or
// those of the fields the opening event declares (an import).
std::optional<Message> stored_opening_problem(const EventSpec& opening,
                                              const nlohmann::json& stored,
                                              const std::string& opened_on);

// Whether value has the form validate_fields stores for f: a payload read back
// from the database may have been edited by hand.
bool is_stored_form(const FieldSpec& f, const nlohmann::json& value);
// The members of a stored request (validate_request's result) that do not have
// the form it stores, by name.
std::vector<std::string> request_damage(const nlohmann::json& request);
// The same for the fields an opening entry stores: request_damage for an
// official request, else the declared fields missing or not in stored form.
std::vector<std::string> opening_damage(const EventSpec& opening, const nlohmann::json& fields);

const std::vector<std::string>& requester_types();
const std::vector<std::string>& partner_roles();

}  // namespace coopflow::engine
