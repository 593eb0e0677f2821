# cmake -DMO=fr.mo -DOUT=catalog_fr.cpp -DNAME=FR -P embed_catalog.cmake: the
# compiled catalog as bytes (kCatalogFr) in a C++ source, so that the binary
# needs no file at run time.
file(READ "${MO}" bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," array "${bytes}")
string(SUBSTRING "${NAME}" 0 1 first)
string(SUBSTRING "${NAME}" 1 -1 rest)
string(TOLOWER "${rest}" rest)
set(symbol "kCatalog${first}${rest}")
file(WRITE "${OUT}" "// Generated from web/po by msgfmt and web/cmake/embed_catalog.cmake.\n"
  "#include \"catalogs.h\"\n"
  "namespace coopflow::web {\n"
  "const unsigned char ${symbol}[] = {${array}};\n"
  "const std::size_t ${symbol}Size = ${size};\n"
  "}  // namespace coopflow::web\n")
