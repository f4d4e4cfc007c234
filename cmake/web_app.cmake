# The web app (Emscripten) and the static site in dist/.
set(COFX_DIST_DIR "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "Where the static site is written")
set(COFX_FONT_SOURCE "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" CACHE FILEPATH "TTF subset into the site")
# Han, fetched only when wanted (web/script_fonts.h): Noto Sans CJK SC (face 2 of the collection).
set(COFX_HAN_FONT_SOURCE "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" CACHE FILEPATH "Han font subset into the site")
set(COFX_HAN_FONT_NUMBER 2 CACHE STRING "Face of COFX_HAN_FONT_SOURCE (Noto Sans CJK SC)")

# 32-bit ImWchar: without it ImGui drops every character above U+FFFF (emoji) from text fields.
# No debug tools (Metrics, ID stack tool) in the shipped page: 8 KB less WASM. No built-in
# font (ProggyClean, 9 KB): without fonts/ui.ttf the browser's fonts draw every character.
target_compile_definitions(imgui_core PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_USE_WCHAR32 IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_DISABLE_DEFAULT_FONT)

file(GLOB COFX_WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/web/*.cpp)
file(GLOB COFX_JS_LIBRARIES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/web/js/*.js)
add_executable(cofinix ${COFX_WEB_SOURCES})
target_link_libraries(cofinix PRIVATE cofx_app)
set_target_properties(cofinix PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${COFX_DIST_DIR}")

# WebGL is drawn by our own src/web/js/webgl.js (web/gl_renderer.h): no Emscripten GL library.
set(COFX_LINK_FLAGS
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB -sTOTAL_STACK=1MB
  -sFILESYSTEM=0 -sDISABLE_EXCEPTION_CATCHING=1
  "-sEXPORTED_FUNCTIONS=_main,_malloc,_free,_cofx_frame,_cofx_post_event,_cofx_drain_events,_cofx_heap_in_use,_cofx_input_text,_cofx_input_erase,_cofx_input_take_selection,_cofx_input_touch,_cofx_input_key,_cofx_input_focus,_cofx_input_mouse_move,_cofx_input_mouse_button,_cofx_input_mouse_leave,_cofx_input_wheel,_cofx_script_font_arrived"
  "-sEXPORTED_RUNTIME_METHODS=addRunDependency,removeRunDependency")
foreach(js ${COFX_JS_LIBRARIES})
  list(APPEND COFX_LINK_FLAGS "--js-library=${js}")
endforeach()
# The later part (src/web/js/later.js): src/web/js/later/*.js become later.js beside
# cofinix.js, and cofinix.js links stubs that call into it.
file(GLOB COFX_JS_LATER CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/web/js/later/*.js)
set(COFX_LATER_STUBS "${CMAKE_CURRENT_BINARY_DIR}/later_stubs.js")
add_custom_command(OUTPUT "${COFX_LATER_STUBS}" "${COFX_DIST_DIR}/later.js"
  COMMAND node "${CMAKE_SOURCE_DIR}/scripts/lib/later-part.mjs" --api "${CMAKE_SOURCE_DIR}/src/web/js_api.h"
          --stubs "${COFX_LATER_STUBS}" --part "${COFX_DIST_DIR}/later.js" ${COFX_JS_LATER}
  DEPENDS ${COFX_JS_LATER} "${CMAKE_SOURCE_DIR}/src/web/js_api.h" "${CMAKE_SOURCE_DIR}/scripts/lib/later-part.mjs"
  COMMENT "The later part: later.js and its stubs")
add_custom_target(cofx_later_part DEPENDS "${COFX_LATER_STUBS}" "${COFX_DIST_DIR}/later.js")
add_dependencies(cofinix cofx_later_part)
list(APPEND COFX_LINK_FLAGS "--js-library=${COFX_LATER_STUBS}")
# C++ exceptions are off (a throw would abort): code must not use them (TOOLCHAIN.md).
foreach(target cofx_core cofx_words cofx_app imgui_core cofinix)
  target_compile_options(${target} PRIVATE -fno-exceptions -fno-rtti)
endforeach()
if(CMAKE_BUILD_TYPE STREQUAL "Release")
  target_compile_options(cofx_core PRIVATE -Oz -flto)
  target_compile_options(cofx_words PRIVATE -Oz -flto)
  target_compile_options(cofx_app PRIVATE -Oz -flto)
  target_compile_options(imgui_core PRIVATE -Oz -flto)
  target_compile_options(qrcodegen PRIVATE -Oz -flto)
  # The font rasteriser (stb_truetype in imgui_draw.cpp) bakes each glyph as it is first
  # drawn (most of them in the first frame): optimised for speed it takes half the time, for a few KB.
  set_source_files_properties(${COFX_IMGUI_DIR}/imgui_draw.cpp PROPERTIES COMPILE_OPTIONS -O2)
  target_compile_options(cofinix PRIVATE -Oz -flto)
  # No Closure Compiler: Debian's emscripten ships without it (and it would rename what the
  # JS libraries read from JSON and the DOM). The runtime drops what no supported browser
  # needs; DYNAMIC_EXECUTION=0 also keeps eval out, as the page's CSP demands.
  list(APPEND COFX_LINK_FLAGS -Oz -flto -sMALLOC=emmalloc --closure=0
       -sTEXTDECODER=2 -sDYNAMIC_EXECUTION=0
       -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
       # Smaller runtime: no errno names, and only the Module fields boot.js sets are read.
       -sSUPPORT_ERRNO=0
       "-sINCOMING_MODULE_JS_API=[canvas,instantiateWasm,preRun,print,printErr,onAbort]")
else()
  list(APPEND COFX_LINK_FLAGS -O1 -sASSERTIONS=1)
endif()
target_link_options(cofinix PRIVATE ${COFX_LINK_FLAGS})
set_property(TARGET cofinix APPEND PROPERTY LINK_DEPENDS "${COFX_JS_LIBRARIES};${COFX_LATER_STUBS}")

# Everything else in dist/: the shell, static assets, and the font subset.
file(GLOB COFX_SHELL_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shell/*)
file(GLOB COFX_WEB_ASSETS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
set(COFX_SITE_STAMP "${CMAKE_BINARY_DIR}/site.stamp")
add_custom_command(OUTPUT "${COFX_SITE_STAMP}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${COFX_DIST_DIR}/fonts"
  COMMAND ${CMAKE_COMMAND} -E copy ${COFX_SHELL_FILES} ${COFX_WEB_ASSETS} "${COFX_DIST_DIR}"
  COMMAND ${CMAKE_COMMAND} -E touch "${COFX_SITE_STAMP}"
  DEPENDS ${COFX_SHELL_FILES} ${COFX_WEB_ASSETS}
  COMMENT "Copying the shell and assets into dist/")
# Latin (Basic, Latin-1, Extended-A: English, Malay and most European names), general
# punctuation, the euro sign and arrows: what the lobby's words use. Any other character (Greek,
# Cyrillic, Vietnamese, …) is drawn by the browser's own fonts (web/script_fonts.h), so the
# first load carries 16 KB of font (gzip) instead of 42 KB.
add_custom_command(OUTPUT "${COFX_DIST_DIR}/fonts/ui.ttf"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${COFX_DIST_DIR}/fonts"
  COMMAND /usr/bin/python3 -m fontTools.subset "${COFX_FONT_SOURCE}"
    "--unicodes=U+0020-017F,U+2010-205E,U+20AC,U+2122,U+2190-2193,U+FFFD"
    --no-hinting --desubroutinize --layout-features= "--output-file=${COFX_DIST_DIR}/fonts/ui.ttf"
  DEPENDS "${COFX_FONT_SOURCE}"
  COMMENT "Subsetting the UI font")
# Han: the 3,755 common simplified characters (GB 2312 level 1) and those of the Chinese
# catalogue (cmake/han_chars.py), CJK
# symbols and punctuation, fullwidth forms. Not in the first load: fetched when first drawn.
add_custom_command(OUTPUT "${COFX_DIST_DIR}/fonts/han.otf"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${COFX_DIST_DIR}/fonts"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/cmake/han_chars.py" "${CMAKE_BINARY_DIR}/han_chars.txt"
    "${CMAKE_SOURCE_DIR}/src/app/words/catalogues/zh_CN.po"
  COMMAND /usr/bin/python3 -m fontTools.subset "${COFX_HAN_FONT_SOURCE}" --font-number=${COFX_HAN_FONT_NUMBER}
    "--text-file=${CMAKE_BINARY_DIR}/han_chars.txt" "--unicodes=U+3000-303F,U+FF00-FFEF"
    --no-hinting --desubroutinize --layout-features= "--output-file=${COFX_DIST_DIR}/fonts/han.otf"
  DEPENDS "${COFX_HAN_FONT_SOURCE}" "${CMAKE_SOURCE_DIR}/cmake/han_chars.py"
    "${CMAKE_SOURCE_DIR}/src/app/words/catalogues/zh_CN.po"
  COMMENT "Subsetting the Han font")
include(${CMAKE_SOURCE_DIR}/cmake/catalogues.cmake)
cofx_catalogues("${COFX_DIST_DIR}/lang" COFX_SITE_CATALOGUES)
add_custom_target(site ALL DEPENDS cofinix "${COFX_SITE_STAMP}" "${COFX_DIST_DIR}/fonts/ui.ttf"
  "${COFX_DIST_DIR}/fonts/han.otf" ${COFX_SITE_CATALOGUES})
