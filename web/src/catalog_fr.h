#pragma once

#include <cstddef>

// web/po/fr.po compiled (msgfmt) into the binary at build time.
namespace coopflow::web {
extern const unsigned char kCatalogFr[];
extern const std::size_t kCatalogFrSize;
}  // namespace coopflow::web
