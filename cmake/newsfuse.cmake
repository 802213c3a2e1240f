# newsfuse_library(NAME SOURCES ... DEPS ...): a stage library target
# `newsfuse_NAME`, with the public headers of include/ and src/ visible.
function(newsfuse_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  if(NOT ARG_SOURCES)  # a stage whose first file is not written yet
    set(ARG_SOURCES ${CMAKE_CURRENT_BINARY_DIR}/empty_${name}.cc)
    file(WRITE ${ARG_SOURCES} "// empty stage\n")
  endif()
  add_library(newsfuse_${name} STATIC ${ARG_SOURCES})
  target_include_directories(newsfuse_${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(newsfuse_${name} PUBLIC ${ARG_DEPS})
endfunction()

# newsfuse_test(NAME SOURCES ... DEPS ...): a GoogleTest binary whose tests
# are registered with CTest one by one.
function(newsfuse_test name)
  if(NOT NEWSFUSE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src
                                             ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest_main
                                        GTest::gmock)
  target_compile_definitions(${name} PRIVATE
    NEWSFUSE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    NEWSFUSE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 120
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()

# newsfuse_stage(NAME DEPS ... [TEST_DEPS ...]): the library of one stage
# folder. Sources are the folder's *.cc files; its *_test.cc files form the
# test binary `NAME_test`. Adding a file needs no CMake edit.
function(newsfuse_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB all CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(srcs)
  set(tests)
  foreach(f ${all})
    if(f MATCHES "_test\\.cc$")
      list(APPEND tests ${f})
    else()
      list(APPEND srcs ${f})
    endif()
  endforeach()
  newsfuse_library(${name} SOURCES ${srcs} DEPS ${ARG_DEPS})
  if(tests)
    newsfuse_test(${name}_test SOURCES ${tests}
                  DEPS newsfuse_${name} ${ARG_TEST_DEPS})
  endif()
endfunction()
