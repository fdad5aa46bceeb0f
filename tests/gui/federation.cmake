fc_add_test(tst_federationspage XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federationspage.cpp
  LIBS fedconsole_gui LABELS integration gui)
# Party cards and Helm: a release's revision/status on its party's card, opening it in the Helm
# releases page, "Install a party chart…" prefilled (real helm v4.3.2, scripts/helm-bins.sh);
# fedconsole-cli federations shows the same release.
fc_add_test(tst_federationhelm XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federationhelm.cpp
  LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_federationhelm PRIVATE FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_federationhelm fedconsole-cli)
