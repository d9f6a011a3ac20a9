# Writes a C++ source that holds one data file's bytes as a std::string_view,
# so the default data under core/data/ (lexicon, role words, compiled word-break
# rules) is compiled into both hosts.
# Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P embed_file.cmake
# JSON is embedded without its line breaks and indentation (a raw line break
# cannot occur inside a JSON string, so this never touches a value): the
# module the browser downloads is smaller by about 1 KB compressed. A leading
# "_comment" note (the first key, as in every file of core/data/ that has one)
# is a note for people and no reader looks at it: it is left out too, as the
# packer leaves the lexicon's notes out (about 1 KB more).
if(INPUT MATCHES "\\.json$")
  file(READ "${INPUT}" text)
  string(REGEX REPLACE "\r?\n[ \t]*" "" text "${text}")
  string(REGEX REPLACE "^{\"_comment\": *\"([^\"\\]|\\\\.)*\", *" "{" text "${text}")
  file(WRITE "${OUTPUT}.json" "${text}")
  file(READ "${OUTPUT}.json" hex HEX)
  file(REMOVE "${OUTPUT}.json")
else()
  file(READ "${INPUT}" hex HEX)
endif()
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Break the array into lines of 32 bytes to keep compilers and editors happy.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){32})" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${name} by cmake/embed_file.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace feltline::data {\n"
  "namespace {\n"
  "alignas(8) const unsigned char bytes[${size} + 1] = {\n${bytes}0x00};\n"
  "}  // namespace\n"
  "extern const std::string_view ${SYMBOL};\n"
  "const std::string_view ${SYMBOL}(reinterpret_cast<const char*>(bytes), ${size});\n"
  "}  // namespace feltline::data\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
