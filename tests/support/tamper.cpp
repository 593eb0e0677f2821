#include "tamper.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <vector>

#include "coopflow/engine/journal_entry.h"

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

std::string sql_text(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

void rewrite_office_entry(const std::string& path, long long seq, const std::string& payload) {
  std::vector<engine::JournalEntry> log;
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement q(db,
                        "SELECT seq, position, at, actor, role, os_user, event, payload, "
                        "prev_hash, hash FROM office_log ORDER BY seq");
    while (q.executeStep()) {
      engine::JournalEntry e;
      e.seq = q.getColumn(0).getInt64();
      e.position = q.getColumn(1).getInt64();
      e.at = q.getColumn(2).getString();
      e.actor = q.getColumn(3).getString();
      e.role = q.getColumn(4).getString();
      e.os_user = q.getColumn(5).getString();
      e.event = q.getColumn(6).getString();
      e.payload = q.getColumn(7).getString();
      e.prev_hash = q.getColumn(8).getString();
      e.hash = q.getColumn(9).getString();
      log.push_back(e);
    }
  }
  std::string sql;
  std::string prev = engine::kGenesisHash;
  for (auto& e : log) {
    if (e.seq == seq) e.payload = payload;
    e.prev_hash = prev;
    e.hash = engine::compute_hash(e);
    prev = e.hash;
    sql += "UPDATE office_log SET payload = " + sql_text(e.payload) + ", prev_hash = '" +
           e.prev_hash + "', hash = '" + e.hash + "' WHERE seq = " + std::to_string(e.seq) + ";";
  }
  tamper(path, sql);
}

}  // namespace coopflow::testing
