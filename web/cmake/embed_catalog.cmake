# cmake -DMO=fr.mo -DOUT=catalog_fr.cpp -P embed_catalog.cmake: the compiled
# catalog as bytes in a C++ source, so that the binary needs no file at run time.
file(READ "${MO}" bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," array "${bytes}")
file(WRITE "${OUT}" "// Generated from web/po/fr.po by msgfmt and web/cmake/embed_catalog.cmake.\n"
  "#include \"catalog_fr.h\"\n"
  "namespace coopflow::web {\n"
  "const unsigned char kCatalogFr[] = {${array}};\n"
  "const std::size_t kCatalogFrSize = ${size};\n"
  "}  // namespace coopflow::web\n")
