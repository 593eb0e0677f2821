#pragma once

#include <cstddef>

// web/po/fr.po and web/po/en.po compiled (msgfmt) into the binary at build time.
namespace coopflow::web {
extern const unsigned char kCatalogFr[];
extern const std::size_t kCatalogFrSize;
extern const unsigned char kCatalogEn[];
extern const std::size_t kCatalogEnSize;
}  // namespace coopflow::web
