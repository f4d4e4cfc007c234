# The interface's translation catalogues (scripts/lib/catalogues.py): every tr() in the
# sources is extracted, each src/app/words/catalogues/<lang>.po checked against it (a missing
# message or a placeholder mismatch fails the build) and compiled to <out_dir>/<language>.mo.
file(GLOB COFX_CATALOGUE_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/words/catalogues/*.po)
file(GLOB_RECURSE COFX_WORDS_INPUTS CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/*.cpp ${CMAKE_SOURCE_DIR}/src/*.h ${CMAKE_SOURCE_DIR}/src/*.js
  ${CMAKE_SOURCE_DIR}/shell/*.js ${CMAKE_SOURCE_DIR}/shell/index.html)

function(cofx_catalogues out_dir out_files)
  set(outputs "${out_dir}/en-XA.mo")
  foreach(po ${COFX_CATALOGUE_SOURCES})
    get_filename_component(stem ${po} NAME_WE)
    string(REPLACE "_" "-" language ${stem})
    list(APPEND outputs "${out_dir}/${language}.mo")
  endforeach()
  add_custom_command(OUTPUT ${outputs}
    COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/lib/catalogues.py
      --src ${CMAKE_SOURCE_DIR}/src --shell ${CMAKE_SOURCE_DIR}/shell
      --catalogues ${CMAKE_SOURCE_DIR}/src/app/words/catalogues --out ${out_dir}
    DEPENDS ${COFX_CATALOGUE_SOURCES} ${COFX_WORDS_INPUTS} ${CMAKE_SOURCE_DIR}/scripts/lib/catalogues.py
    COMMENT "Checking and compiling the translation catalogues")
  set(${out_files} ${outputs} PARENT_SCOPE)
endfunction()
