# wa_font_subset(OUT_VAR): a rule that cuts the UI font (WA_FONT_FILE) down to
# the characters of src/app/font_ranges.inc with fontTools (Debian's
# python3-fonttools, installed by scripts/install-deps.sh), and sets OUT_VAR to
# the cut font's path. The whole DejaVuSans.ttf is 760 KB (382 KB gzip); the cut
# one is about 30 KB (20 KB gzip). stb_truetype, which ImGui uses to draw the
# glyphs, reads no hinting and ImGui does no kerning or shaping: those tables go too.
set(WA_FONT_FILE "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "UI font (TTF)")
# Debian's python3 (fontTools is a Debian package; a python3 earlier on PATH may not see it).
set(WA_SYSTEM_PYTHON "/usr/bin/python3" CACHE FILEPATH "python3 with python3-fonttools")
set(WA_FONT_RANGES "${PROJECT_SOURCE_DIR}/src/app/font_ranges.inc")

function(wa_font_subset out_var)
  file(STRINGS "${WA_FONT_RANGES}" lines REGEX "^0x")
  set(unicodes "")
  foreach(line ${lines})
    string(REGEX MATCH "^0x([0-9A-Fa-f]+), *0x([0-9A-Fa-f]+)" _ "${line}")
    list(APPEND unicodes "U+${CMAKE_MATCH_1}-${CMAKE_MATCH_2}")
  endforeach()
  string(REPLACE ";" "," unicodes "${unicodes}")
  set(out "${CMAKE_CURRENT_BINARY_DIR}/ui-font.ttf")
  add_custom_command(OUTPUT ${out}
    COMMAND ${WA_SYSTEM_PYTHON} -m fontTools.subset ${WA_FONT_FILE} --unicodes=${unicodes}
            --no-hinting --layout-features= --drop-tables+=FFTM,GSUB,GPOS,GDEF,kern,MATH
            --output-file=${out}
    DEPENDS ${WA_FONT_FILE} ${WA_FONT_RANGES} ${PROJECT_SOURCE_DIR}/cmake/font_subset.cmake
    COMMENT "Cutting the UI font down to src/app/font_ranges.inc" VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
