add_executable(pki_bench ${CMAKE_CURRENT_LIST_DIR}/pki_bench.cpp)
target_link_libraries(pki_bench PRIVATE fedconsole_model fedconsole_common)
