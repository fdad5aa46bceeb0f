# Fuzz targets for every parser that reads outside input (issue 14). With FEDCONSOLE_FUZZ (clang,
# bench/fuzz.sh) each is a libFuzzer binary fuzz_<target>; otherwise each is built with the
# standalone driver as fuzz_<target>_replay, and ctest replays its seed corpus
# (tests/fuzz/corpus/<target>) and every crash input found so far (tests/fuzz/regressions/<target>)
# under the build's sanitizers.
set(FC_FUZZ_TARGETS kubeconfig yaml summarize watchstream loglines pki execcredential helmrelease accessreview)
foreach(t IN LISTS FC_FUZZ_TARGETS)
  if(FEDCONSOLE_FUZZ)
    add_executable(fuzz_${t} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${t}.cpp)
    target_compile_options(fuzz_${t} PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_${t} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(fuzz_${t} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/StandaloneDriver.cpp)
    set(inputs ${CMAKE_CURRENT_LIST_DIR}/corpus/${t})
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/regressions/${t})
      list(APPEND inputs ${CMAKE_CURRENT_LIST_DIR}/regressions/${t})
    endif()
    add_test(NAME fuzz_replay_${t} COMMAND ${FC_TEST_WRAPPER} $<TARGET_FILE:fuzz_${t}> ${inputs})
    set_tests_properties(fuzz_replay_${t} PROPERTIES LABELS unit TIMEOUT ${FEDCONSOLE_TEST_TIMEOUT})
  endif()
  target_link_libraries(fuzz_${t} PRIVATE fedconsole_common fedconsole_backend Qt6::Core Qt6::Network)
endforeach()
target_link_libraries(fuzz_watchstream PRIVATE simdjson::simdjson) # the target owns its parser
