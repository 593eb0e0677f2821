// Signing keys and checkpoints: the office's side of sealed evidence.
#include "sealing.h"

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "office_support.h"
#include "records.h"
#include "staff.h"

namespace coopflow::engine {
namespace detail {
namespace {

RegisteredKey to_key(const storage::SigningKeyRow& row) {
  return {row.name, from_base64(row.public_key).value_or(""), row.added_at, row.retired_at};
}

storage::SigningKeyRow key_row(const RegisteredKey& key) {
  return {key.name, to_base64(key.public_key), key.added_at, key.retired_at};
}

std::map<std::string, RegisteredKey> registered_keys(storage::Store& store) {
  std::map<std::string, RegisteredKey> out;
  for (const auto& row : store.signing_keys()) out.emplace(row.name, to_key(row));
  return out;
}

}  // namespace

std::string seal_head(storage::Store& store, const SigningKey& key, const std::string& at) {
  const std::int64_t size = store.max_position();
  if (size == 0) throw saying<ConflictError>(Message("the log is empty; there is nothing to seal"));
  const RegisteredKey* signer = nullptr;
  const auto keys = registered_keys(store);
  for (const auto& [name, k] : keys) {
    if (k.public_key == key.public_key()) signer = &k;
  }
  if (signer == nullptr) {
    throw saying<ValidationError>(
        Message("this key is not registered; an admin registers its public half with "
                "`coopflow key add PREFIX.pub --name NAME` (see `coopflow key list`)"),
        "key");
  }
  if (signer->retired_at != 0) {
    throw saying<ValidationError>(
        Message("the key '{1}' is retired; seal with a key in service (see `coopflow key list`), "
                "or register a new one with `coopflow key add`",
                {signer->name}),
        "key");
  }
  // The previous checkpoint's root and the new one share most of their
  // subtrees: each is read once.
  const merkle::NodeSource tree = memoized(stored_tree(store));
  // Never sign a log that contradicts the newest checkpoint: what it covered
  // must still give its root (a rewrite since then would get a fresh signature).
  if (const auto last = store.latest_checkpoint()) {
    Message why;
    const auto previous = parse_checkpoint(last->note, why);
    if (!previous || static_cast<std::int64_t>(previous->size) > size ||
        merkle::root(previous->size, tree) != previous->root) {
      throw saying<IntegrityError>(
          Message("the log no longer matches the newest checkpoint ({1}); nothing was signed; run "
                  "`coopflow verify` with the checkpoints you kept",
                  {std::to_string(last->id)}),
          "", 0);
    }
  }
  const auto origin = store.setting("origin");
  const Digest root = merkle::root(static_cast<std::uint64_t>(size), tree);
  std::string note =
      sign_note(checkpoint_text(origin.value_or(""), static_cast<std::uint64_t>(size), root, at),
                signer->name, key);
  store.insert_checkpoint(size, note);
  return note;
}

Message checkpoint_problem(storage::Store& store, const Checkpoint& checkpoint) {
  if (checkpoint.origin != store.setting("origin").value_or("")) {
    return Message("it is of another database ({1})", {checkpoint.origin});
  }
  const auto size = static_cast<std::int64_t>(checkpoint.size);
  if (size < 1 || size > store.max_position()) return Message("its size is not within the log");
  if (merkle::root(checkpoint.size, stored_tree(store)) != checkpoint.root) {
    return Message("its root is not the log's at that size");
  }
  const auto keys = registered_keys(store);
  for (const auto& signature : checkpoint.signatures) {
    const auto it = keys.find(signature.name);
    if (it != keys.end() && it->second.valid_for(size) &&
        signature_valid(checkpoint, signature, it->second.public_key)) {
      return {};
    }
  }
  return Message("no key registered for it signed it");
}

}  // namespace detail

void Office::add_key(const Actor& actor, const std::string& name, const std::string& public_key_pem,
                     const std::string& source) {
  if (!is_key_name(check_text("name", name))) {
    throw saying<ValidationError>(
        Message("key name '{1}' is not valid; use 1-64 visible ASCII characters, no spaces and "
                "no '+'",
                {check_text("name", name).substr(0, 64)}),
        "name");
  }
  const std::string public_key = public_key_from_pem(public_key_pem, source);
  write([&] {
    JournalEntry e = office_entry(actor, Authority::manage_keys(), detail::office_event::kKeyAdd,
                                  detail::key_add_payload(name, public_key));
    const RegisteredKey added = detail::apply_key_entry(detail::registered_keys(*store_), e);
    detail::log_office_entry(*store_, e);
    store_->put_signing_key(
        detail::key_row(RegisteredKey{added.name, added.public_key, e.position, 0}));
  });
}

void Office::retire_key(const Actor& actor, const std::string& name) {
  write([&] {
    // The write seals its own head: not with the key it retires, which
    // cannot sign a log whose last entry retired it.
    const auto keys = detail::registered_keys(*store_);
    const auto retiring = keys.find(name);
    if (seal_key_ && retiring != keys.end() &&
        retiring->second.public_key == seal_key_->public_key()) {
      throw saying<ValidationError>(
          Message("the key '{1}' cannot seal its own retirement; retire it with another "
                  "registered key as --seal-key, or without one",
                  {name}),
          "key");
    }
    JournalEntry e = office_entry(actor, Authority::manage_keys(), detail::office_event::kKeyRetire,
                                  detail::key_retire_payload(name));
    RegisteredKey retired = detail::apply_key_entry(keys, e);
    detail::log_office_entry(*store_, e);
    retired.retired_at = e.position;
    store_->put_signing_key(detail::key_row(retired));
  });
}

std::vector<RegisteredKey> Office::keys(const Actor& actor) {
  std::vector<RegisteredKey> out;
  read([&] {
    require(actor, Authority::read_record());
    for (auto& [name, key] : detail::registered_keys(*store_)) out.push_back(std::move(key));
  });
  return out;
}

std::string Office::seal(const Actor& actor, const SigningKey& key) {
  std::string note;
  write([&] {
    require(actor, Authority::seal());
    note = detail::seal_head(*store_, key, now());
  });
  return note;
}

CaseProof Office::prove(const Actor& actor, const std::string& case_id,
                        const std::optional<std::string>& checkpoint) {
  CaseProof proof;
  read([&] {
    require(actor, Authority::read_record());
    require_case(case_id);
    proof.entries = detail::convert_all<JournalEntry>(store_->journal(case_id), detail::to_entry);
    if (proof.entries.empty()) {
      throw saying<IntegrityError>(Message("{1} has no journal entries", {case_id}), case_id, 0);
    }
    const auto newest = static_cast<std::uint64_t>(proof.entries.back().position);
    if (checkpoint) {
      proof.checkpoint = *checkpoint;
    } else if (auto row = store_->latest_checkpoint()) {
      proof.checkpoint = std::move(row->note);
    }
    Message why;
    const auto parsed = parse_checkpoint(proof.checkpoint, why);
    if (checkpoint && !parsed) {
      throw saying<ValidationError>(Message("the checkpoint given is not one: {1}", {why}),
                                    "checkpoint");
    }
    if (!parsed || parsed->size < newest) {
      throw saying<ConflictError>(
          Message("no checkpoint covers {1}'s newest entry (position {2}); seal the log first: "
                  "`coopflow seal --key PREFIX.key`",
                  {case_id, std::to_string(newest)}));
    }
    if (parsed->origin != store_->setting("origin").value_or("")) {
      throw saying<ValidationError>(
          Message("the checkpoint is of another database ({1})", {parsed->origin}), "checkpoint");
    }
    const auto size = static_cast<std::int64_t>(parsed->size);
    if (size > store_->max_position() ||
        merkle::root(parsed->size, detail::stored_tree(*store_)) != parsed->root) {
      throw saying<IntegrityError>(
          Message("the log no longer matches the checkpoint of size {1}; run `coopflow verify "
                  "--checkpoint`",
                  {std::to_string(size)}),
          "", 0);
    }
    proof.tree_size = parsed->size;
    proof.leaf_index = newest - 1;
    proof.inclusion =
        merkle::inclusion_proof(proof.leaf_index, proof.tree_size, detail::stored_tree(*store_));
    // The stored tree is a cache: a proof is handed out only once it checks.
    const auto digest = digest_from_hex(proof.entries.back().hash);
    if (!digest ||
        !merkle::verify_inclusion(proof.leaf_index, proof.tree_size, merkle::leaf_hash(*digest),
                                  proof.inclusion, parsed->root)) {
      throw saying<IntegrityError>(
          Message("the stored Merkle tree does not give a valid proof for {1}; run `coopflow "
                  "verify`",
                  {case_id}),
          case_id, 0);
    }
  });
  return proof;
}

void Office::export_log(const Actor& actor, const std::optional<std::string>& case_id,
                        const std::optional<std::string>& since,
                        const std::function<void(const JournalEntry&)>& visit) {
  const std::string from = since ? parse_date("since", *since) : "";
  read([&] {
    require(actor, Authority::read_record());
    if (case_id) {
      require_case(*case_id);
      for (const auto& row : store_->journal(*case_id)) {
        const JournalEntry e = detail::to_entry(row);
        if (e.at >= from) visit(e);
      }
      return;
    }
    JournalEntry e;
    store_->for_each_log_entry(from, detail::targets_of(e), [&] { visit(e); });
  });
}

void Office::backup(const Actor& actor, const std::string& dest) {
  read([&] { require(actor, Authority::backup()); });
  try {
    store_->backup_to(dest);
  } catch (const storage::StorageError& e) {
    detail::rethrow_storage_error(e);
  }
}

std::optional<std::string> Office::checkpoint(const Actor& actor) {
  std::optional<std::string> out;
  read([&] {
    require(actor, Authority::read_record());
    auto row = store_->latest_checkpoint();
    if (!row) return;
    // The auditor keeps what this prints as evidence: it must be a checkpoint
    // of this log, signed by a key registered for it, not whatever the row holds.
    Message why;
    const auto parsed = parse_checkpoint(row->note, why);
    if (parsed) why = detail::checkpoint_problem(*store_, *parsed);
    if (!why.empty()) {
      throw saying<IntegrityError>(
          Message("the newest checkpoint in the database ({1}) does not hold: {2}; run `coopflow "
                  "verify`",
                  {std::to_string(row->id), why}),
          "", 0);
    }
    out = std::move(row->note);
  });
  return out;
}

}  // namespace coopflow::engine
