#include "upgrade.h"

#include <nlohmann/json.hpp>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/digest.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "records.h"
#include "staff.h"

namespace coopflow::engine::detail {

LegacyDigest legacy_user_changes(storage::Store& store) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : store.user_changes()) {
    rows.push_back({r.position, r.at, r.actor, r.os_user, r.action, r.target, r.detail});
  }
  const std::string text = rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return {static_cast<std::int64_t>(rows.size()), to_hex(sha256(text))};
}

void start_the_office_log(storage::Store& store, const std::string& at) {
  build_tree(store);
  const std::string origin = new_origin();
  const LegacyDigest legacy = legacy_user_changes(store);
  JournalEntry e;
  e.at = at;
  e.os_user = os_login();  // no coopflow user: the binary upgrades, whoever runs it
  e.event = office_event::kUpgrade;
  e.payload = upgrade_payload(origin, convert_all<User>(store.users(), to_user), legacy.count,
                              legacy.sha256);
  log_office_entry(store, e);
  store.put_setting("origin", origin, e.position);
}

}  // namespace coopflow::engine::detail
