# Helm interop with the real helm v3.21.4 and v4.3.2 (scripts/helm-bins.sh) on the local control plane.
fc_add_test(tst_helminterop SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_helminterop.cpp
  LIBS fedconsole_model LABELS integration)
target_compile_definitions(tst_helminterop PRIVATE FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_helminterop fedconsole-cli)
