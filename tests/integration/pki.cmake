# Certificates in Secrets of the local control plane, checked with kubectl and openssl; the CLI too.
fc_add_test(tst_clustercertificates SOURCES ${CMAKE_CURRENT_LIST_DIR}/pki/tst_clustercertificates.cpp
  LIBS fedconsole_model LABELS integration)
add_dependencies(tst_clustercertificates fedconsole-cli)
target_compile_definitions(tst_clustercertificates PRIVATE FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
