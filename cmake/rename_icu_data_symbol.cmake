# genccode names the array after the package file (icudt72l_dat), but ICU's
# udata.cpp links against the symbol icudt72_dat: rename it.
# Run as: cmake -DFILE=... -P rename_icu_data_symbol.cmake
file(READ "${FILE}" content)
string(REPLACE "} icudt72l_dat={" "} icudt72_dat={" content "${content}")
file(WRITE "${FILE}" "${content}")
