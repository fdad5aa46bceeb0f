add_executable(federation_bench ${CMAKE_CURRENT_LIST_DIR}/federation_bench.cpp)
target_link_libraries(federation_bench PRIVATE fedconsole_model Qt6::Test fedconsole_common)
