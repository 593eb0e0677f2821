#include "tamper.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <vector>

namespace coopflow::testing {

void tamper(const std::string& path, const std::string& statements) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  SQLite::Transaction tx(db);
  std::vector<std::pair<std::string, std::string>> triggers;
  SQLite::Statement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
  while (q.executeStep()) {
    triggers.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  }
  for (const auto& [name, sql] : triggers) db.exec("DROP TRIGGER \"" + name + "\"");
  db.exec(statements);
  for (const auto& [name, sql] : triggers) db.exec(sql);
  tx.commit();
}

}  // namespace coopflow::testing
