#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/message.h"
#include "coopflow/engine/workflow.h"

// The one place that answers "may this user do this now, and in which role?".
// Every caller asks it: the command path before it fires, `show` for what a
// user may do next, `verify` for every recorded entry (with the role recorded
// at the time), and the office's own operations (reading, managing users).
// Whether the case's state allows the event is the workflow machine's answer,
// not the authority's.
namespace coopflow::engine {

// Someone as the authority judges them.
struct Standing {
  std::string user;
  // The roles held now (a command), or the one role an entry records (verify).
  std::vector<std::string> roles;
  bool disabled = false;
};

// The document version an event acts on: the newest version of the kind it
// declares it concerns.
struct DocumentRef {
  std::string_view kind;    // "" if the event concerns no document
  int version = 0;          // 0 if no version was written yet
  std::string_view author;  // who wrote that version
};

// The authority's answer. Its document reference points into what it was
// asked about (the event's declaration, the case file): use it while they live
// and the file is not folded further.
struct Ruling {
  // Copies, not views: the Standing asked about is often a temporary.
  std::string user;
  std::string role;  // the role acted in: the first declared role held
  std::string rule;  // "" if allowed; else "disabled", "role" or "four-eyes"
  Message why;       // one line for the user, when refused

  std::string reason() const { return why.english(); }
  DocumentRef concerns;

  bool allowed() const { return rule.empty(); }
  // Throws ForbiddenError if refused.
  void enforce() const;
};

class Authority {
 public:
  // May `who` fire `event` on the case whose journal `file` folds? `file` is
  // nullptr for an event on no case yet (the opening) or on the office.
  // Four-eyes: nobody decides on a document version they wrote, whatever roles
  // they hold.
  static Ruling rule(const Standing& who, const EventSpec& event, const CaseFile* file);

  // The office's own operations, declared like a workflow's events.
  // Reading cases, histories and verification: any role. Nobody without a role
  // reads the record.
  static const EventSpec& read_record();
  // Listing users and their roles: admins and auditors.
  static const EventSpec& list_users();
  // Adding users, granting, revoking, disabling, enabling: admins.
  static const EventSpec& manage_users();
  // Registering and retiring signing keys: admins.
  static const EventSpec& manage_keys();
  // Setting and unsetting the office's settings: admins.
  static const EventSpec& manage_settings();
  // Attaching a document to a case: coordinators and managers.
  static const EventSpec& attach();
  // Saying who holds a case: managers and admins.
  static const EventSpec& assign();
  // Copying the whole database (backup): admins and auditors.
  static const EventSpec& backup();
  // Signing a checkpoint: admins and auditors.
  static const EventSpec& seal();
  // Signing in to the web server, out of it, and changing one's own password:
  // anyone with a role.
  static const EventSpec& sign_in();
  // The auditor's view in the browser (verify, checkpoints): auditors, admins.
  static const EventSpec& audit();
};

}  // namespace coopflow::engine
