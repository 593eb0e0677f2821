#include "output.h"

#include <algorithm>
#include <iostream>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/proof.h"
#include "coopflow/engine/values.h"
#include "say.h"

namespace coopflow::cli {

void print_table(const std::vector<std::string>& msgids,
                 const std::vector<std::vector<std::string>>& raw_rows) {
  std::vector<std::string> headers;
  for (const auto& msgid : msgids) headers.push_back(say(msgid.c_str()));
  std::vector<std::vector<std::string>> rows;
  for (const auto& raw : raw_rows) {
    std::vector<std::string> row;
    for (const auto& cell : raw) row.push_back(terminal_safe(cell));
    rows.push_back(std::move(row));
  }
  std::vector<std::size_t> widths(headers.size(), 0);
  for (std::size_t i = 0; i < headers.size(); ++i) widths[i] = display_width(headers[i]);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  const auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - display_width(row[i]) + 2, ' ');
    }
    std::cout << line << "\n";
  };
  print_row(headers);
  for (const auto& row : rows) print_row(row);
}

nlohmann::json error_json(const Failure& failure, const std::string& message) {
  return {
      {"kind", failure.kind}, {"exit_code", static_cast<int>(failure.code)}, {"message", message}};
}

std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const engine::EventSpec* spec) {
  return engine::display_value(fields, name, spec, say_message, say_amount);
}

std::string text_member(const nlohmann::json& object, const std::string& key) {
  return engine::text_member(object, key, say_message);
}

}  // namespace coopflow::cli
