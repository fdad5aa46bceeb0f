fc_add_test(tst_livelogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_livelogs.cpp
  LIBS fedconsole_model LABELS integration)
# the CLI is compared with kubectl for the same options
add_dependencies(tst_livelogs fedconsole-cli)
target_compile_definitions(tst_livelogs PRIVATE FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
